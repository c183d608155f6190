using DigitalBorderGate.Domain.Validation;
using DigitalBorderGate.Domain.Validation.Rules;

namespace DigitalBorderGate.Domain.Tests.Validation;

public class TaxCodeTests
{
    [Theory]
    [InlineData("0100109106", "0100109106")]
    [InlineData("4900501239", "4900501239")]
    [InlineData("0100109106-001", "0100109106-001")]
    [InlineData("0100109106-999", "0100109106-999")]
    [InlineData("  0100109106 ", "0100109106")]
    public void Valid_tax_codes_pass_and_are_trimmed(string input, string expected)
    {
        var result = TaxCode.Validate(input);

        Assert.True(result.IsValid, result.ErrorCode);
        Assert.Equal(expected, result.Value);
        Assert.True(TaxCode.IsValid(input));
    }

    [Theory]
    [InlineData("0100109107", ErrorCodes.TaxCodeCheckDigit)]
    [InlineData("010010910", ErrorCodes.TaxCodeFormat)]
    [InlineData("0100109106-000", ErrorCodes.TaxCodeBranch)]
    [InlineData("01001091060", ErrorCodes.TaxCodeFormat)]
    [InlineData("0100109106001", ErrorCodes.TaxCodeFormat)]
    [InlineData("0100109106-01", ErrorCodes.TaxCodeFormat)]
    [InlineData("01001O9106", ErrorCodes.TaxCodeFormat)]
    [InlineData("٠١٠٠١٠٩١٠٦", ErrorCodes.TaxCodeFormat)]
    [InlineData("0100109106 001", ErrorCodes.TaxCodeFormat)]
    [InlineData("0100109107-001", ErrorCodes.TaxCodeCheckDigit)]
    [InlineData("", ErrorCodes.Required)]
    [InlineData("   ", ErrorCodes.Required)]
    [InlineData(null, ErrorCodes.Required)]
    public void Invalid_tax_codes_fail_with_their_code(string? input, string expectedCode)
    {
        var result = TaxCode.Validate(input);

        Assert.False(result.IsValid);
        Assert.Equal(expectedCode, result.ErrorCode);
        Assert.False(TaxCode.IsValid(input));
    }

    [Fact]
    public void A_weighted_sum_divisible_by_eleven_has_no_valid_check_digit()
    {
        // 000000105: 1 × 7 + 5 × 3 = 22, so the check digit would have to be 10 − 0 = 10.
        for (var d10 = 0; d10 <= 9; d10++)
        {
            Assert.False(TaxCode.IsValid("000000105" + d10));
        }
    }

    [Fact]
    public void Normalize_trims_and_keeps_null()
    {
        Assert.Equal("0100109106-001", TaxCode.Normalize(" 0100109106-001\t"));
        Assert.Null(TaxCode.Normalize(null));
    }
}
