using System.Globalization;

namespace DigitalBorderGate.Domain.Validation;

/// <summary>
/// The English and Vietnamese message of every code in <see cref="ErrorCodes"/>, in one place so that wording is
/// reviewed together. Placeholders ({0}) take the rule's arguments, e.g. a maximum length.
/// </summary>
public static class ErrorCatalog
{
    private static readonly Dictionary<string, (string English, string Vietnamese)> Messages = new(StringComparer.Ordinal)
    {
        [ErrorCodes.Required] = (
            "This field is required.",
            "Trường này là bắt buộc."),
        [ErrorCodes.TaxCodeFormat] = (
            "Invalid tax code: expected 10 digits, or 10 digits, a hyphen and a 3-digit branch number.",
            "Mã số thuế không hợp lệ: phải gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số mã chi nhánh."),
        [ErrorCodes.TaxCodeCheckDigit] = (
            "Invalid tax code: wrong check digit.",
            "Mã số thuế không hợp lệ: sai chữ số kiểm tra."),
        [ErrorCodes.TaxCodeBranch] = (
            "Invalid tax code: the branch number must be between 001 and 999.",
            "Mã số thuế không hợp lệ: mã chi nhánh phải từ 001 đến 999."),
        [ErrorCodes.PlateInvalid] = (
            "Invalid plate number for the vehicle's nationality.",
            "Biển kiểm soát không hợp lệ với quốc tịch của phương tiện."),
        [ErrorCodes.PlateTrailerSeries] = (
            "A Vietnamese trailer plate must have the trailer series R.",
            "Biển số rơ moóc Việt Nam phải thuộc sê-ri R."),
        [ErrorCodes.PlateChineseProvince] = (
            "Only Chinese plates of Guangxi (桂) are accepted.",
            "Chỉ chấp nhận biển số Trung Quốc của tỉnh Quảng Tây (桂)."),
        [ErrorCodes.ContainerFormat] = (
            "Invalid container number: expected 3 letters, the category U, J or Z and 7 digits (ISO 6346).",
            "Số container không hợp lệ: phải gồm 3 chữ cái, ký hiệu loại U, J hoặc Z và 7 chữ số (ISO 6346)."),
        [ErrorCodes.ContainerCheckDigit] = (
            "Invalid container number: wrong check digit.",
            "Số container không hợp lệ: sai chữ số kiểm tra."),
        [ErrorCodes.CustomsDeclarationFormat] = (
            "Invalid customs declaration number: expected 12 digits starting with 1 (import) or 3 (export).",
            "Số tờ khai hải quan không hợp lệ: phải gồm 12 chữ số, bắt đầu bằng 1 (nhập khẩu) hoặc 3 (xuất khẩu)."),
        [ErrorCodes.CustomsDeclarationDirectionMismatch] = (
            "The customs declaration number does not match the direction: import declarations start with 1, export declarations with 3.",
            "Số tờ khai hải quan không khớp với loại hình: tờ khai nhập khẩu bắt đầu bằng 1, tờ khai xuất khẩu bắt đầu bằng 3."),
        [ErrorCodes.HsCodeFormat] = (
            "Invalid HS code: expected exactly 8 digits.",
            "Mã HS không hợp lệ: phải gồm đúng 8 chữ số."),
        [ErrorCodes.PhoneInvalid] = (
            "Invalid phone number: use the international format +<country code><number> or a Vietnamese number starting with 0.",
            "Số điện thoại không hợp lệ: dùng định dạng quốc tế +<mã quốc gia><số> hoặc số Việt Nam bắt đầu bằng 0."),
        [ErrorCodes.IdentityNumberInvalid] = (
            "Invalid identity document number: expected 6 to 20 letters or digits.",
            "Số giấy tờ tùy thân không hợp lệ: phải gồm từ 6 đến 20 chữ cái hoặc chữ số."),
        [ErrorCodes.TextTooLong] = (
            "Text is too long: at most {0} characters.",
            "Nội dung quá dài: tối đa {0} ký tự."),
        [ErrorCodes.TextControlCharacters] = (
            "Text contains control characters or invalid characters.",
            "Nội dung chứa ký tự điều khiển hoặc ký tự không hợp lệ."),
        [ErrorCodes.UnitFormat] = (
            "Invalid unit of measure: expected a code of 2 to 5 letters or digits, e.g. KGM.",
            "Đơn vị tính không hợp lệ: phải là mã gồm 2 đến 5 chữ cái hoặc chữ số, ví dụ KGM."),
        [ErrorCodes.SealFormat] = (
            "Invalid seal number: expected 1 to 30 letters, digits or hyphens.",
            "Số niêm phong không hợp lệ: phải gồm từ 1 đến 30 chữ cái, chữ số hoặc dấu gạch ngang."),
        [ErrorCodes.NumberNotPositive] = (
            "The value must be greater than zero.",
            "Giá trị phải lớn hơn 0."),
        [ErrorCodes.NumberTooLarge] = (
            "The value is too large: at most {0}.",
            "Giá trị quá lớn: tối đa {0}."),
        [ErrorCodes.WeightTruckLimit] = (
            "The weight exceeds what one truck may carry: at most {0} kg.",
            "Trọng lượng vượt quá mức một xe được phép chở: tối đa {0} kg."),
        [ErrorCodes.ArrivalFormat] = (
            "Invalid expected arrival: use an ISO 8601 date and time with an offset, e.g. 2026-11-24T08:30:00+07:00.",
            "Thời gian dự kiến đến không hợp lệ: dùng ngày giờ ISO 8601 có múi giờ, ví dụ 2026-11-24T08:30:00+07:00."),
        [ErrorCodes.ArrivalNotInFuture] = (
            "The expected arrival must be in the future.",
            "Thời gian dự kiến đến phải ở thời điểm trong tương lai."),
        [ErrorCodes.ArrivalTooFarAhead] = (
            "The expected arrival is too far ahead: at most {0} days from now.",
            "Thời gian dự kiến đến quá xa: tối đa {0} ngày kể từ bây giờ."),
        [ErrorCodes.DirectionInvalid] = (
            "Invalid direction: expected \"import\" or \"export\".",
            "Loại hình không hợp lệ: phải là \"import\" (nhập khẩu) hoặc \"export\" (xuất khẩu)."),
        [ErrorCodes.NationalityInvalid] = (
            "Invalid vehicle nationality: expected \"VN\" or \"CN\".",
            "Quốc tịch phương tiện không hợp lệ: phải là \"VN\" hoặc \"CN\"."),
        [ErrorCodes.VehicleClassUnknown] = (
            "Unknown vehicle class.",
            "Loại phương tiện không có trong danh mục."),
        [ErrorCodes.BorderGateUnknown] = (
            "Unknown border gate code.",
            "Mã cửa khẩu không có trong danh mục."),
        [ErrorCodes.GoodsRequired] = (
            "At least one goods group is required.",
            "Phải khai báo ít nhất một nhóm hàng."),
        [ErrorCodes.GoodsTooMany] = (
            "Too many goods groups: at most {0}.",
            "Quá nhiều nhóm hàng: tối đa {0}."),
        [ErrorCodes.ItemsRequired] = (
            "A goods group without a customs declaration number needs at least one item line.",
            "Nhóm hàng chưa có số tờ khai hải quan phải có ít nhất một dòng hàng."),
        [ErrorCodes.ListTooMany] = (
            "Too many entries: at most {0}.",
            "Quá nhiều mục: tối đa {0}."),
        [ErrorCodes.ListDuplicate] = (
            "This value appears more than once in the list.",
            "Giá trị này bị trùng lặp trong danh sách."),
        [ErrorCodes.ChannelRequired] = (
            "Starting the inspection needs the risk channel: green, yellow or red.",
            "Bắt đầu kiểm tra cần có kết quả phân luồng: luồng xanh, luồng vàng hoặc luồng đỏ."),
        [ErrorCodes.ChannelNotApplicable] = (
            "A channel is only given when starting the inspection.",
            "Chỉ ghi nhận luồng khi bắt đầu kiểm tra."),
        [ErrorCodes.ReferralNotApplicable] = (
            "A referral is only made with a hold.",
            "Chỉ chuyển Đội Kiểm soát khi tạm dừng phương tiện."),
        [ErrorCodes.ReferralUnitInvalid] = (
            "Referrals go to a Control team; {0} does not take referrals.",
            "Chỉ chuyển cho Đội Kiểm soát; đơn vị {0} không tiếp nhận chuyển giao."),
        [ErrorCodes.ChecksNotApplicable] = (
            "Only officers record check results.",
            "Chỉ công chức hải quan được ghi kết quả kiểm tra."),
        [ErrorCodes.ClearDocumentsNotPassed] = (
            "{0} needs the document check passed before clearance.",
            "{0} cần kiểm tra hồ sơ đạt trước khi thông quan."),
        [ErrorCodes.ClearPhysicalInspectionNotPassed] = (
            "{0} needs the physical inspection passed before clearance.",
            "{0} cần kiểm tra thực tế hàng hóa đạt trước khi thông quan."),
        [ErrorCodes.ClearQuarantineNotCleared] = (
            "{0} needs the quarantine check passed, or recorded as not required, before clearance.",
            "{0} cần kết quả kiểm dịch đạt, hoặc ghi nhận không thuộc diện kiểm dịch, trước khi thông quan."),
        [ErrorCodes.ClearDeclarationNumberMissing] = (
            "Goods group {0} has no customs declaration number yet: the declarant links it before clearance.",
            "Nhóm hàng thứ {0} chưa có số tờ khai hải quan: doanh nghiệp cần bổ sung số tờ khai trước khi thông quan."),
        [ErrorCodes.ClearChannelMissing] = (
            "No risk channel is recorded for {0}: start its inspection first.",
            "Chưa ghi nhận luồng cho {0}: cần bắt đầu kiểm tra trước."),
        [ErrorCodes.ExitFeeNotPaid] = (
            "The truck leaves the yard only once the border-gate infrastructure fee is recorded as paid.",
            "Phương tiện chỉ được ra khỏi bãi sau khi ghi nhận đã nộp phí sử dụng công trình hạ tầng tại cửa khẩu."),
        [ErrorCodes.GoodsDeclarationUnknown] = (
            "No goods group of this truck is under the customs declaration {0}.",
            "Phương tiện không có nhóm hàng nào thuộc tờ khai {0}."),
        [ErrorCodes.GoodsSelectorNotApplicable] = (
            "A customs declaration number names goods only when starting an inspection, clearing or linking a declaration.",
            "Chỉ ghi số tờ khai khi bắt đầu kiểm tra, thông quan hoặc bổ sung số tờ khai cho nhóm hàng."),
        [ErrorCodes.GoodsAlreadyCleared] = (
            "The goods under customs declaration {0} are already cleared.",
            "Hàng hóa thuộc tờ khai {0} đã được thông quan."),
        [ErrorCodes.GoodsIndexUnknown] = (
            "The declaration has no goods group at index {0}.",
            "Tờ khai không có nhóm hàng ở vị trí {0}."),
        [ErrorCodes.GoodsDeclarationAlreadyLinked] = (
            "This goods group already has the customs declaration {0}.",
            "Nhóm hàng này đã có số tờ khai {0}."),
        [ErrorCodes.GoodsDeclarationDuplicate] = (
            "Another goods group of this truck already carries this customs declaration number.",
            "Số tờ khai này đã được ghi cho một nhóm hàng khác của phương tiện."),
        [ErrorCodes.TurnBackReasonRequired] = (
            "Turning back a cleared truck needs the reason in the note (e.g. refused by the Chinese side).",
            "Quay đầu phương tiện đã thông quan phải ghi rõ lý do (ví dụ: phía Trung Quốc không tiếp nhận)."),
        [ErrorCodes.TurnBackClearedImport] = (
            "A cleared import is released into Vietnam and cannot be turned back.",
            "Hàng nhập khẩu đã thông quan được đưa vào nội địa, không thể quay đầu phương tiện."),
        [ErrorCodes.TransshipmentNotApplicable] = (
            "A transshipment is only recorded with the transship action.",
            "Chỉ ghi nhận sang tải bằng thao tác sang tải."),
        [ErrorCodes.TransshipmentChineseVehicleForImport] = (
            "Goods are handed over to a Chinese vehicle only for an export.",
            "Chỉ hàng xuất khẩu mới được sang tải sang phương tiện Trung Quốc."),
    };

    /// <summary>Every known code.</summary>
    public static IReadOnlyCollection<string> Codes => Messages.Keys;

    /// <summary>Builds the error for <paramref name="code"/> at <paramref name="field"/> (a JSON Pointer).</summary>
    /// <exception cref="KeyNotFoundException">The code is not in the catalog (a programming error).</exception>
    public static ValidationError Create(string field, string code, IReadOnlyList<object>? arguments = null) =>
        Create(field, code, arguments, arguments);

    /// <summary>As <see cref="Create(string, string, IReadOnlyList{object}?)"/>, with arguments worded per language (a channel's name, say).</summary>
    public static ValidationError Create(string field, string code, IReadOnlyList<object>? arguments, IReadOnlyList<object>? argumentsVi)
    {
        var (english, vietnamese) = Messages[code];
        return new ValidationError(
            field,
            code,
            string.Format(CultureInfo.InvariantCulture, english, arguments is { Count: > 0 } ? arguments.ToArray() : []),
            string.Format(CultureInfo.InvariantCulture, vietnamese, argumentsVi is { Count: > 0 } ? argumentsVi.ToArray() : []));
    }
}
