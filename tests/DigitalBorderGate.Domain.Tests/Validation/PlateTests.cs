namespace DigitalBorderGate.Domain.Tests.Validation;

public class PlateTests
{
    private static RuleResult<string> Vietnamese(string? plate, PlateRole role = PlateRole.Truck) =>
        VietnamesePlate.Validate(plate, Drafts.PlateProvinces, role);

    [Theory]
    [InlineData("12C-123.45", "12C12345")]
    [InlineData("29E07714", "29E07714")]
    [InlineData("20C-123.45", "20C12345")]
    [InlineData("11c 123.45", "11C12345")]
    [InlineData("29đ-1234", "29Đ1234")]
    [InlineData("98C-543.21", "98C54321")]
    public void Valid_vietnamese_plates_normalise(string input, string expected)
    {
        var result = Vietnamese(input);

        Assert.True(result.IsValid, result.ErrorCode);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("12I-123.45")]
    [InlineData("ABC-123")]
    [InlineData("12O12345")]
    [InlineData("12W12345")]
    [InlineData("12CDE1234")]
    [InlineData("12C123")]
    [InlineData("12C123456")]
    [InlineData("1C12345")]
    [InlineData("桂A12345")]
    public void Invalid_vietnamese_plates_fail(string input) =>
        Assert.Equal(ErrorCodes.PlateInvalid, Vietnamese(input).ErrorCode);

    [Theory]
    [InlineData("00C-123.45")]
    [InlineData("13C-123.45")]
    [InlineData("42C-123.45")]
    [InlineData("96C-123.45")]
    public void A_plate_whose_two_digits_are_no_provincial_code_fails(string input) =>
        Assert.Equal(ErrorCodes.PlateProvinceCode, Vietnamese(input).ErrorCode);

    [Theory]
    [InlineData("11", "Cao Bằng")]
    [InlineData("12", "Lạng Sơn")]
    [InlineData("14", "Quảng Ninh")]
    [InlineData("29", "Hà Nội")]
    [InlineData("40", "Hà Nội")]
    [InlineData("15", "Hải Phòng")]
    [InlineData("20", "Thái Nguyên")]
    [InlineData("98", "Bắc Giang")]
    [InlineData("99", "Bắc Ninh")]
    public void The_shipped_list_names_the_provinces_of_the_domain_reference(string code, string province) =>
        Assert.Contains(Drafts.Codes.PlateProvinces.Codes, entry => entry.Code == code && entry.NameVi == province);

    [Fact]
    public void The_provincial_code_list_cites_its_circular() =>
        Assert.Contains("24/2023/TT-BCA", Drafts.Codes.PlateProvinces.Source, StringComparison.Ordinal);

    [Theory]
    [InlineData(null)]
    [InlineData(" - . ")]
    public void A_missing_vietnamese_plate_is_required(string? input) =>
        Assert.Equal(ErrorCodes.Required, Vietnamese(input).ErrorCode);

    [Theory]
    [InlineData("12R-012.34", "12R01234")]
    [InlineData("34RM00121", "34RM00121")]
    [InlineData("29MR12345", "29MR12345")]
    public void Vietnamese_trailer_plates_with_series_R_pass(string input, string expected)
    {
        var result = Vietnamese(input, PlateRole.Trailer);

        Assert.True(result.IsValid, result.ErrorCode);
        Assert.Equal(expected, result.Value);
    }

    [Fact]
    public void A_vietnamese_trailer_plate_without_series_R_has_its_own_code() =>
        Assert.Equal(ErrorCodes.PlateTrailerSeries, Vietnamese("12C-123.45", PlateRole.Trailer).ErrorCode);

    [Theory]
    [InlineData("12R-012.34")]
    [InlineData("34RM00121")]
    public void A_truck_plate_in_series_R_is_refused(string input) =>
        Assert.Equal(ErrorCodes.PlateTrailerOnTruck, Vietnamese(input).ErrorCode);

    [Fact]
    public void An_invalid_vietnamese_trailer_plate_is_reported_as_invalid_not_as_series() =>
        Assert.Equal(ErrorCodes.PlateInvalid, Vietnamese("12I-012.34", PlateRole.Trailer).ErrorCode);

    [Theory]
    [InlineData("桂A12345", "桂A12345")]
    [InlineData("桂F0666D", "桂F0666D")]
    [InlineData("FF0666", "FF0666")]
    [InlineData("桂F12345", "桂F12345")]
    [InlineData("桂A·12345", "桂A12345")]
    [InlineData("桂 l-12345", "桂L12345")]
    [InlineData("a12345", "A12345")]
    [InlineData("桂AD12345", "桂AD12345")]
    [InlineData("桂A12345D", "桂A12345D")]
    [InlineData("桂AF12345", "桂AF12345")]
    [InlineData("粤B12345", "粤B12345")]
    [InlineData("云A12345", "云A12345")]
    public void Valid_chinese_truck_plates_keep_the_province_when_given(string input, string expected)
    {
        var result = ChinesePlate.Validate(input);

        Assert.True(result.IsValid, result.ErrorCode);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("桂F·1234挂", "桂F1234挂")]
    [InlineData("F1234挂", "F1234挂")]
    [InlineData("桂L·A123挂", "桂LA123挂")]
    public void Chinese_trailer_plates_end_in_gua(string input, string expected)
    {
        var result = ChinesePlate.Validate(input, PlateRole.Trailer);

        Assert.True(result.IsValid, result.ErrorCode);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("桂I12345", ErrorCodes.PlateInvalid)]
    [InlineData("桂A1234", ErrorCodes.PlateInvalid)]
    [InlineData("桂O12345", ErrorCodes.PlateInvalid)]
    [InlineData("桂A1234O", ErrorCodes.PlateInvalid)]
    [InlineData("桂A123456", ErrorCodes.PlateInvalid)]
    [InlineData("桂AX12345", ErrorCodes.PlateInvalid)]
    [InlineData("桂A1234XD", ErrorCodes.PlateInvalid)]
    [InlineData("12C12345", ErrorCodes.PlateInvalid)]
    [InlineData("桂桂A12345", ErrorCodes.PlateInvalid)]
    [InlineData("桂", ErrorCodes.PlateInvalid)]
    [InlineData("桂F·1234挂", ErrorCodes.PlateTrailerOnTruck)]
    [InlineData("", ErrorCodes.Required)]
    [InlineData(null, ErrorCodes.Required)]
    public void Invalid_chinese_truck_plates_fail_with_their_code(string? input, string expectedCode) =>
        Assert.Equal(expectedCode, ChinesePlate.Validate(input).ErrorCode);

    [Theory]
    [InlineData("桂F12345挂", ErrorCodes.PlateInvalid)]
    [InlineData("桂F123挂", ErrorCodes.PlateInvalid)]
    [InlineData("桂I1234挂", ErrorCodes.PlateInvalid)]
    [InlineData("桂F12345", ErrorCodes.PlateTrailerSeries)]
    public void Invalid_chinese_trailer_plates_fail_with_their_code(string input, string expectedCode) =>
        Assert.Equal(expectedCode, ChinesePlate.Validate(input, PlateRole.Trailer).ErrorCode);

    [Theory]
    [InlineData("桂A12345", '桂')]
    [InlineData("粤B12345", '粤')]
    [InlineData("A12345", null)]
    public void The_province_character_is_read_from_the_plate(string plate, char? province) =>
        Assert.Equal(province, ChinesePlate.ProvinceOf(plate));

    [Fact]
    public void The_province_warning_names_guangxi_as_an_autonomous_region()
    {
        var warning = ErrorCatalog.Create("/vehicle/plateNumber", ErrorCodes.PlateChineseProvince, ["粤"]);

        Assert.Contains("Guangxi (粤)", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Khu tự trị dân tộc Choang Quảng Tây", warning.MessageVi, StringComparison.Ordinal);
        Assert.Contains("粤", warning.MessageVi, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12C-123.45", VehicleNationality.VN, PlateRole.Truck, null)]
    [InlineData("12C-123.45", VehicleNationality.CN, PlateRole.Truck, ErrorCodes.PlateInvalid)]
    [InlineData("桂A12345", VehicleNationality.CN, PlateRole.Truck, null)]
    [InlineData("桂A12345", VehicleNationality.VN, PlateRole.Truck, ErrorCodes.PlateInvalid)]
    [InlineData("12R-012.34", VehicleNationality.VN, PlateRole.Trailer, null)]
    [InlineData("12C-123.45", VehicleNationality.VN, PlateRole.Trailer, ErrorCodes.PlateTrailerSeries)]
    [InlineData("桂F·1234挂", VehicleNationality.CN, PlateRole.Trailer, null)]
    [InlineData("12R-012.34", VehicleNationality.CN, PlateRole.Trailer, ErrorCodes.PlateInvalid)]
    public void A_plate_follows_the_rule_of_the_vehicle_nationality_and_role(string plate, VehicleNationality nationality, PlateRole role, string? expectedCode) =>
        Assert.Equal(expectedCode, VehiclePlate.Validate(plate, nationality, role, Drafts.PlateProvinces).ErrorCode);

    [Theory]
    [InlineData("桂F·1234挂", "F1234挂")]
    [InlineData("桂A12345", "A12345")]
    [InlineData("a 12345", "A12345")]
    [InlineData("粤B-12345", "B12345")]
    [InlineData("12c 123.45", "12C12345")]
    [InlineData("29đ-1234", "29Đ1234")]
    public void The_search_key_drops_separators_and_the_province(string plate, string key) =>
        Assert.Equal(key, PlateNumber.Normalize(plate));
}
