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

    [Theory]
    [InlineData("01012100")]
    [InlineData("97011000")]
    [InlineData("98010010")]
    public void Codes_of_the_first_last_and_national_chapters_pass(string input) => Assert.True(HsCode.IsValid(input));

    [Theory]
    [InlineData("00000000")]
    [InlineData("77010000")]
    [InlineData("99010000")]
    public void Codes_outside_the_chapters_fail(string input) =>
        Assert.Equal(ErrorCodes.HsCodeChapter, HsCode.Validate(input).ErrorCode);

    [Fact]
    public void A_missing_code_is_required() => Assert.Equal(ErrorCodes.Required, HsCode.Validate(" ").ErrorCode);
}
