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
            "Invalid tax code: expected 10 digits; 10 digits and a 3-digit branch number, with or without a hyphen; or a 12-digit personal identification number.",
            "Mã số thuế không hợp lệ: phải gồm 10 chữ số; 10 chữ số và 3 chữ số mã đơn vị phụ thuộc, có hoặc không có dấu gạch ngang; hoặc 12 chữ số của số định danh cá nhân."),
        [ErrorCodes.TaxCodeCheckDigit] = (
            "Invalid tax code: wrong check digit.",
            "Mã số thuế không hợp lệ: sai chữ số kiểm tra."),
        [ErrorCodes.TaxCodeBranch] = (
            "Invalid tax code: the branch number must be between 001 and 999.",
            "Mã số thuế không hợp lệ: mã đơn vị phụ thuộc phải từ 001 đến 999."),
        [ErrorCodes.TaxCodeProvinceCode] = (
            "Invalid personal tax code: the first three digits of a 12-digit identification number must be a province code (001 to 096).",
            "Mã số thuế cá nhân không hợp lệ: ba chữ số đầu của số định danh 12 chữ số phải là mã tỉnh, thành phố (từ 001 đến 096)."),
        [ErrorCodes.PlateInvalid] = (
            "Invalid plate number for the vehicle's nationality.",
            "Biển kiểm soát không hợp lệ với quốc tịch của phương tiện."),
        [ErrorCodes.PlateTrailerSeries] = (
            "A trailer plate must be a trailer plate: series R in Vietnam, ending in 挂 in China.",
            "Biển kiểm soát rơ moóc, sơ mi rơ moóc phải là biển dành cho rơ moóc: sê-ri R đối với biển Việt Nam, có chữ 挂 ở cuối đối với biển Trung Quốc."),
        [ErrorCodes.PlateTrailerOnTruck] = (
            "A truck's own plate cannot be a trailer plate (series R in Vietnam, 挂 in China); give the trailer's plate as trailerPlateNumber.",
            "Biển kiểm soát của xe ô tô, xe đầu kéo không được là biển rơ moóc (sê-ri R đối với biển Việt Nam, chữ 挂 đối với biển Trung Quốc); biển rơ moóc khai ở trường trailerPlateNumber."),
        [ErrorCodes.PlateProvinceCode] = (
            "Invalid Vietnamese plate: the first two digits must be a provincial code (Circular 24/2023/TT-BCA).",
            "Biển kiểm soát Việt Nam không hợp lệ: hai chữ số đầu phải là ký hiệu địa phương đăng ký xe (Thông tư 24/2023/TT-BCA)."),
        [ErrorCodes.PlateChineseProvince] = (
            "The plate is from a Chinese province other than Guangxi ({0}); check that the vehicle may operate at this gate.",
            "Biển kiểm soát của địa phương Trung Quốc ngoài Khu tự trị dân tộc Choang Quảng Tây ({0}); cần kiểm tra phương tiện có được phép hoạt động qua cửa khẩu này."),
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
            "Số tờ khai hải quan không khớp với hướng nhập khẩu hay xuất khẩu của phương tiện: tờ khai nhập khẩu bắt đầu bằng 1, tờ khai xuất khẩu bắt đầu bằng 3."),
        [ErrorCodes.HsCodeFormat] = (
            "Invalid HS code: expected exactly 8 digits.",
            "Mã HS không hợp lệ: phải gồm đúng 8 chữ số."),
        [ErrorCodes.HsCodeChapter] = (
            "Invalid HS code: the first two digits must be a chapter of the nomenclature (01 to 97 except 77, or 98).",
            "Mã HS không hợp lệ: hai chữ số đầu phải là một chương của Danh mục hàng hóa xuất khẩu, nhập khẩu (01 đến 97, trừ 77, hoặc 98)."),
        [ErrorCodes.PhoneInvalid] = (
            "Invalid phone number: use a Vietnamese mobile or landline number (0… or +84…) or a foreign number in international format (+<country code><number>).",
            "Số điện thoại không hợp lệ: dùng số di động hoặc số cố định Việt Nam (0… hoặc +84…), hoặc số nước ngoài theo định dạng quốc tế (+<mã quốc gia><số>)."),
        [ErrorCodes.IdentityNumberInvalid] = (
            "Invalid identity document number: expected 6 to 20 letters or digits.",
            "Số giấy tờ tùy thân không hợp lệ: phải gồm từ 6 đến 20 chữ cái hoặc chữ số."),
        [ErrorCodes.IdentityNumberProvinceCode] = (
            "Invalid citizen identity number: the first three digits must be a province code (001 to 096).",
            "Số căn cước không hợp lệ: ba chữ số đầu phải là mã tỉnh, thành phố (từ 001 đến 096)."),
        [ErrorCodes.TextTooLong] = (
            "Text is too long: at most {0} characters.",
            "Nội dung quá dài: tối đa {0} ký tự."),
        [ErrorCodes.TextControlCharacters] = (
            "Text contains control characters or invalid characters.",
            "Nội dung chứa ký tự điều khiển hoặc ký tự không hợp lệ."),
        [ErrorCodes.TextInvisibleCharacters] = (
            "Text contains invisible characters (zero-width, direction marks, byte order mark, soft hyphen, tags, line separators or fillers); type it again without them.",
            "Nội dung chứa ký tự vô hình (ký tự độ rộng bằng 0, dấu định hướng, BOM, gạch nối mềm, ký tự thẻ, ký tự ngắt dòng hoặc ký tự lấp đầy); hãy nhập lại không có các ký tự này."),
        [ErrorCodes.UnitFormat] = (
            "Invalid unit of measure: expected a code of 2 to 5 letters or digits, e.g. KGM.",
            "Đơn vị tính không hợp lệ: phải là mã gồm 2 đến 5 chữ cái hoặc chữ số, ví dụ KGM."),
        [ErrorCodes.UnitUnknown] = (
            "Unknown unit of measure: use a code of the VNACCS list, e.g. KGM, TNE, PCE, SET.",
            "Đơn vị tính không có trong bảng mã đơn vị tính của VNACCS, ví dụ KGM, TNE, PCE, SET."),
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
        [ErrorCodes.WeightItemsExceedGroup] = (
            "The item lines weigh {0} kg in all, more than the goods group's gross weight of {1} kg.",
            "Tổng trọng lượng các dòng hàng là {0} kg, vượt trọng lượng cả bì của nhóm hàng ({1} kg)."),
        [ErrorCodes.ArrivalFormat] = (
            "Invalid expected arrival: use an ISO 8601 date and time with an offset, e.g. 2026-11-24T08:30:00+07:00.",
            "Thời gian dự kiến đến không hợp lệ: dùng ngày giờ ISO 8601 có múi giờ, ví dụ 2026-11-24T08:30:00+07:00."),
        [ErrorCodes.ArrivalNotInFuture] = (
            "The expected arrival must be in the future.",
            "Thời gian dự kiến đến phải ở thời điểm trong tương lai."),
        [ErrorCodes.ArrivalTooFarAhead] = (
            "The expected arrival is too far ahead: at most {0} days from now.",
            "Thời gian dự kiến đến quá xa: tối đa {0} ngày kể từ bây giờ."),
        [ErrorCodes.ArrivalOutsideOpeningHours] = (
            "The expected arrival ({3}) is outside the opening hours of {0} ({1} to {2}); the truck will wait until the gate opens.",
            "Thời gian dự kiến đến ({3}) nằm ngoài giờ làm việc của {0} (từ {1} đến {2}); phương tiện sẽ phải chờ đến giờ mở cửa."),
        [ErrorCodes.DirectionInvalid] = (
            "Invalid direction: expected \"import\" or \"export\".",
            "Hướng xuất nhập khẩu không hợp lệ: phải là \"import\" (nhập khẩu) hoặc \"export\" (xuất khẩu)."),
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
            "A laden truck needs at least one goods group; declare a truck without goods with loadState \"empty\".",
            "Phương tiện chở hàng phải khai báo ít nhất một nhóm hàng; phương tiện không hàng khai loadState là \"empty\"."),
        [ErrorCodes.GoodsNotAllowedWhenEmpty] = (
            "A truck declared empty carries no goods groups.",
            "Phương tiện khai báo không hàng thì không có nhóm hàng."),
        [ErrorCodes.LoadStateInvalid] = (
            "Invalid load state: expected \"laden\" or \"empty\".",
            "Tình trạng chở hàng không hợp lệ: phải là \"laden\" (có hàng) hoặc \"empty\" (không hàng)."),
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
            "Khi bắt đầu kiểm tra phải ghi kết quả phân luồng: luồng xanh, luồng vàng hoặc luồng đỏ."),
        [ErrorCodes.ChannelNotApplicable] = (
            "A channel is only given when starting the inspection.",
            "Chỉ ghi kết quả phân luồng khi bắt đầu kiểm tra."),
        [ErrorCodes.ReferralNotApplicable] = (
            "A referral is only made with a hold.",
            "Chỉ chuyển Đội Kiểm soát hải quan khi tạm dừng làm thủ tục cho phương tiện."),
        [ErrorCodes.ReferralUnitInvalid] = (
            "Referrals go to a Control team; {0} does not take referrals.",
            "Chỉ chuyển cho Đội Kiểm soát hải quan; đơn vị {0} không tiếp nhận chuyển giao."),
        [ErrorCodes.ChecksNotApplicable] = (
            "Only officers record check results.",
            "Chỉ công chức hải quan được ghi kết quả kiểm tra."),
        [ErrorCodes.ClearDocumentsNotPassed] = (
            "The {0} channel needs the document check passed before clearance.",
            "Luồng {0} cần kiểm tra hồ sơ đạt trước khi thông quan."),
        [ErrorCodes.ClearPhysicalInspectionNotPassed] = (
            "The red channel needs the physical inspection passed before clearance.",
            "Luồng đỏ cần kiểm tra thực tế hàng hóa đạt trước khi thông quan."),
        [ErrorCodes.ClearQuarantineNotCleared] = (
            "Clearance needs the quarantine check passed, or recorded as not required.",
            "Thông quan cần kết quả kiểm dịch đạt, hoặc ghi nhận không thuộc diện kiểm dịch."),
        [ErrorCodes.ClearFeeNotPaid] = (
            "Clearance needs the border-gate fees recorded as paid.",
            "Thông quan cần ghi nhận đã nộp phí tại cửa khẩu."),
    };

    /// <summary>Every known code.</summary>
    public static IReadOnlyCollection<string> Codes => Messages.Keys;

    /// <summary>Builds the error for <paramref name="code"/> at <paramref name="field"/> (a JSON Pointer).</summary>
    /// <exception cref="KeyNotFoundException">The code is not in the catalog (a programming error).</exception>
    public static ValidationError Create(string field, string code, IReadOnlyList<object>? arguments = null)
    {
        var (english, vietnamese) = Messages[code];
        var args = arguments ?? [];
        return new ValidationError(
            field,
            code,
            string.Format(CultureInfo.InvariantCulture, english, [.. args.Select(MessageArgument.English)]),
            string.Format(CultureInfo.InvariantCulture, vietnamese, [.. args.Select(MessageArgument.Vietnamese)]));
    }
}
