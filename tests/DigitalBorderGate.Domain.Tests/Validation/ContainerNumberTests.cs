namespace DigitalBorderGate.Domain.Tests.Validation;

public class ContainerNumberTests
{
    [Theory]
    [InlineData("CSQU3054383", "CSQU3054383")]
    [InlineData("TEXU3070079", "TEXU3070079")]
    [InlineData("MSKU1234565", "MSKU1234565")]
    [InlineData(" csqu 305438 3 ", "CSQU3054383")]
    public void Valid_container_numbers_normalise(string input, string expected)
    {
        var result = ContainerNumber.Validate(input);

        Assert.True(result.IsValid, result.ErrorCode);
        Assert.Equal(expected, result.Value);
        Assert.True(ContainerNumber.IsValid(input));
    }

    [Theory]
    [InlineData("CSQU3054384", ErrorCodes.ContainerCheckDigit)]
    [InlineData("CSQX3054383", ErrorCodes.ContainerFormat)]
    [InlineData("CSQU305438", ErrorCodes.ContainerFormat)]
    [InlineData("CSQU30543830", ErrorCodes.ContainerFormat)]
    [InlineData("C5QU3054383", ErrorCodes.ContainerFormat)]
    [InlineData("CSQU-3054383", ErrorCodes.ContainerFormat)]
    [InlineData("", ErrorCodes.Required)]
    [InlineData(null, ErrorCodes.Required)]
    public void Invalid_container_numbers_fail_with_distinct_codes(string? input, string expectedCode) =>
        Assert.Equal(expectedCode, ContainerNumber.Validate(input).ErrorCode);
}
