namespace DigitalBorderGate.Domain.Tests.Validation;

public class TaxCodeTests
{
    private static RuleResult<string> Validate(string? code) => TaxCode.Validate(code, Drafts.IdentityProvinces);

    [Theory]
    [InlineData("0100109106", "0100109106")]
    [InlineData("4900501239", "4900501239")]
    [InlineData("0100109106-001", "0100109106-001")]
    [InlineData("0100109106-999", "0100109106-999")]
    [InlineData("  0100109106 ", "0100109106")]
    [InlineData("0100109106001", "0100109106-001")]
    [InlineData("001085012345", "001085012345")]
    [InlineData("020190001234", "020190001234")]
    public void Valid_tax_codes_pass_in_their_canonical_form(string input, string expected)
    {
        var result = Validate(input);

        Assert.True(result.IsValid, result.ErrorCode);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("0100109107", ErrorCodes.TaxCodeCheckDigit)]
    [InlineData("010010910", ErrorCodes.TaxCodeFormat)]
    [InlineData("0100109106-000", ErrorCodes.TaxCodeBranch)]
    [InlineData("0100109106000", ErrorCodes.TaxCodeBranch)]
    [InlineData("01001091060", ErrorCodes.TaxCodeFormat)]
    [InlineData("0100109107001", ErrorCodes.TaxCodeCheckDigit)]
    [InlineData("0100109106-01", ErrorCodes.TaxCodeFormat)]
    [InlineData("01001O9106", ErrorCodes.TaxCodeFormat)]
    [InlineData("٠١٠٠١٠٩١٠٦", ErrorCodes.TaxCodeFormat)]
    [InlineData("0100109106 001", ErrorCodes.TaxCodeFormat)]
    [InlineData("0100109107-001", ErrorCodes.TaxCodeCheckDigit)]
    [InlineData("000085012345", ErrorCodes.TaxCodeProvinceCode)]
    [InlineData("003085012345", ErrorCodes.TaxCodeProvinceCode)]
    [InlineData("097085012345", ErrorCodes.TaxCodeProvinceCode)]
    [InlineData("01001091060011", ErrorCodes.TaxCodeFormat)]
    [InlineData("", ErrorCodes.Required)]
    [InlineData("   ", ErrorCodes.Required)]
    [InlineData(null, ErrorCodes.Required)]
    public void Invalid_tax_codes_fail_with_their_code(string? input, string expectedCode)
    {
        var result = Validate(input);

        Assert.False(result.IsValid);
        Assert.Equal(expectedCode, result.ErrorCode);
    }

    [Fact]
    public void A_weighted_sum_divisible_by_eleven_has_no_valid_check_digit()
    {
        // 000000105: 1 × 7 + 5 × 3 = 22, so the check digit would have to be 10 − 0 = 10.
        for (var d10 = 0; d10 <= 9; d10++)
        {
            Assert.False(Validate("000000105" + d10).IsValid);
        }
    }

    [Fact]
    public void A_branch_written_with_or_without_the_hyphen_is_stored_the_same() =>
        Assert.Equal(Validate("0100109106-001").Value, Validate("0100109106001").Value);

    [Fact]
    public void The_identity_province_list_runs_from_ha_noi_to_ca_mau()
    {
        var codes = Drafts.Codes.IdentityProvinces.Codes;

        Assert.Equal(63, codes.Count);
        Assert.Equal(("001", "Hà Nội"), (codes[0].Code, codes[0].NameVi));
        Assert.Equal(("096", "Cà Mau"), (codes[^1].Code, codes[^1].NameVi));
        Assert.Contains(codes, entry => entry.Code == "020" && entry.NameVi == "Lạng Sơn");
        Assert.Contains(codes, entry => entry.Code == "004" && entry.NameVi == "Cao Bằng");
    }
}
