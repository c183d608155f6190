using DigitalBorderGate.Domain.Declarations;
using DigitalBorderGate.Domain.Validation;
using DigitalBorderGate.Domain.Validation.Rules;

namespace DigitalBorderGate.Domain.Tests.Validation;

public class PlateTests
{
    [Theory]
    [InlineData("12C-123.45", "12C12345")]
    [InlineData("29E07714", "29E07714")]
    [InlineData("34RM00121", "34RM00121")]
    [InlineData("11c 123.45", "11C12345")]
    [InlineData("29đ-1234", "29Đ1234")]
    [InlineData("12R-012.34", "12R01234")]
    public void Valid_vietnamese_plates_normalise(string input, string expected)
    {
        var result = VietnamesePlate.Validate(input);

        Assert.True(result.IsValid, result.ErrorCode);
        Assert.Equal(expected, result.Value);
        Assert.True(VietnamesePlate.IsValid(input));
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
    public void Invalid_vietnamese_plates_fail(string input)
    {
        var result = VietnamesePlate.Validate(input);

        Assert.Equal(ErrorCodes.PlateInvalid, result.ErrorCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" - . ")]
    public void A_missing_vietnamese_plate_is_required(string? input) =>
        Assert.Equal(ErrorCodes.Required, VietnamesePlate.Validate(input).ErrorCode);

    [Theory]
    [InlineData("12R-012.34", "12R01234")]
    [InlineData("34RM00121", "34RM00121")]
    [InlineData("29MR12345", "29MR12345")]
    public void Vietnamese_trailer_plates_with_series_R_pass(string input, string expected)
    {
        var result = VietnamesePlate.ValidateTrailer(input);

        Assert.True(result.IsValid, result.ErrorCode);
        Assert.Equal(expected, result.Value);
    }

    [Fact]
    public void A_vietnamese_trailer_plate_without_series_R_has_its_own_code() =>
        Assert.Equal(ErrorCodes.PlateTrailerSeries, VietnamesePlate.ValidateTrailer("12C-123.45").ErrorCode);

    [Fact]
    public void An_invalid_vietnamese_trailer_plate_is_reported_as_invalid_not_as_series() =>
        Assert.Equal(ErrorCodes.PlateInvalid, VietnamesePlate.ValidateTrailer("12I-012.34").ErrorCode);

    [Theory]
    [InlineData("桂A12345", "A12345")]
    [InlineData("桂F0666D", "F0666D")]
    [InlineData("FF0666", "FF0666")]
    [InlineData("桂A·12345", "A12345")]
    [InlineData("桂 l-12345", "L12345")]
    [InlineData("a12345", "A12345")]
    public void Valid_chinese_plates_normalise_without_the_province(string input, string expected)
    {
        var result = ChinesePlate.Validate(input);

        Assert.True(result.IsValid, result.ErrorCode);
        Assert.Equal(expected, result.Value);
        Assert.True(ChinesePlate.IsValid(input));
    }

    [Theory]
    [InlineData("桂I12345", ErrorCodes.PlateInvalid)]
    [InlineData("桂A1234", ErrorCodes.PlateInvalid)]
    [InlineData("桂O12345", ErrorCodes.PlateInvalid)]
    [InlineData("桂A1234O", ErrorCodes.PlateInvalid)]
    [InlineData("桂A123456", ErrorCodes.PlateInvalid)]
    [InlineData("12C12345", ErrorCodes.PlateInvalid)]
    [InlineData("桂桂A12345", ErrorCodes.PlateInvalid)]
    [InlineData("粤B12345", ErrorCodes.PlateChineseProvince)]
    [InlineData("云A12345", ErrorCodes.PlateChineseProvince)]
    [InlineData("桂", ErrorCodes.PlateInvalid)]
    [InlineData("", ErrorCodes.Required)]
    [InlineData(null, ErrorCodes.Required)]
    public void Invalid_chinese_plates_fail_with_their_code(string? input, string expectedCode) =>
        Assert.Equal(expectedCode, ChinesePlate.Validate(input).ErrorCode);

    [Fact]
    public void The_province_message_names_guangxi()
    {
        var error = ErrorCatalog.Create("/vehicle/plateNumber", ErrorCodes.PlateChineseProvince);

        Assert.Contains("Guangxi", error.Message, StringComparison.Ordinal);
        Assert.Contains("Quảng Tây", error.MessageVi, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12C-123.45", VehicleNationality.VN, true)]
    [InlineData("12C-123.45", VehicleNationality.CN, false)]
    [InlineData("桂A12345", VehicleNationality.CN, true)]
    [InlineData("桂A12345", VehicleNationality.VN, false)]
    public void The_vehicle_plate_follows_the_rule_of_its_nationality(string plate, VehicleNationality nationality, bool valid) =>
        Assert.Equal(valid, VehiclePlate.Validate(plate, nationality).IsValid);

    [Theory]
    [InlineData("12R-012.34", VehicleNationality.VN, null)]
    [InlineData("12C-123.45", VehicleNationality.VN, ErrorCodes.PlateTrailerSeries)]
    [InlineData("桂F0666D", VehicleNationality.CN, null)]
    [InlineData("12R-012.34", VehicleNationality.CN, ErrorCodes.PlateInvalid)]
    public void The_trailer_plate_follows_the_rule_of_the_vehicle_nationality(string plate, VehicleNationality nationality, string? expectedCode) =>
        Assert.Equal(expectedCode, VehiclePlate.ValidateTrailer(plate, nationality).ErrorCode);
}
