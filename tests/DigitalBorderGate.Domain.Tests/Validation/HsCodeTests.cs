using DigitalBorderGate.Domain.Validation;
using DigitalBorderGate.Domain.Validation.Rules;

namespace DigitalBorderGate.Domain.Tests.Validation;

public class HsCodeTests
{
    [Theory]
    [InlineData("08106000")]
    [InlineData("08109010")]
    [InlineData("85176249")]
    public void Eight_digit_codes_pass(string input)
    {
        var result = HsCode.Validate(input);

        Assert.True(result.IsValid, result.ErrorCode);
        Assert.Equal(input, result.Value);
    }

    [Theory]
    [InlineData("0810")]
    [InlineData("0810600A")]
    [InlineData("081060001")]
    [InlineData("0810.60.00")]
    [InlineData("０８１０６０００")]
    public void Other_codes_fail(string input) =>
        Assert.Equal(ErrorCodes.HsCodeFormat, HsCode.Validate(input).ErrorCode);

    [Fact]
    public void A_missing_code_is_required() => Assert.Equal(ErrorCodes.Required, HsCode.Validate(" ").ErrorCode);
}
