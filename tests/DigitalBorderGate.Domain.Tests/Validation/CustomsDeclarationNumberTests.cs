namespace DigitalBorderGate.Domain.Tests.Validation;

public class CustomsDeclarationNumberTests
{
    [Theory]
    [InlineData("105123456780", Direction.Import)]
    [InlineData("305123456780", Direction.Export)]
    [InlineData(" 105123456780 ", Direction.Import)]
    public void A_number_of_the_declaration_direction_passes(string input, Direction direction)
    {
        var result = CustomsDeclarationNumber.Validate(input, direction);

        Assert.True(result.IsValid, result.ErrorCode);
        Assert.Equal(input.Trim(), result.Value);
    }

    [Theory]
    [InlineData("305123456780", Direction.Import)]
    [InlineData("105123456780", Direction.Export)]
    public void A_number_of_the_other_direction_is_a_mismatch(string input, Direction direction) =>
        Assert.Equal(ErrorCodes.CustomsDeclarationDirectionMismatch, CustomsDeclarationNumber.Validate(input, direction).ErrorCode);

    [Theory]
    [InlineData("205123456780")]
    [InlineData("10512345678")]
    [InlineData("1051234567801")]
    [InlineData("10512345678A")]
    [InlineData("1051-23456780")]
    public void Malformed_numbers_fail_with_format(string input) =>
        Assert.Equal(ErrorCodes.CustomsDeclarationFormat, CustomsDeclarationNumber.Validate(input, Direction.Import).ErrorCode);

    [Fact]
    public void Without_a_direction_only_the_format_is_checked()
    {
        Assert.True(CustomsDeclarationNumber.IsValid("305123456780"));
        Assert.True(CustomsDeclarationNumber.IsValid("105123456780"));
        Assert.False(CustomsDeclarationNumber.IsValid("505123456780"));
    }
}
