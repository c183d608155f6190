namespace DigitalBorderGate.Domain.Tests.Validation;

public class ContactRulesTests
{
    [Theory]
    [InlineData("+84912345678", "+84912345678")]
    [InlineData("0912345678", "+84912345678")]
    [InlineData("0912 345 678", "+84912345678")]
    [InlineData("(0205) 3851-234", "+842053851234")]
    [InlineData("+86 138.0013.8000", "+8613800138000")]
    [InlineData("+8613812345678", "+8613812345678")]
    [InlineData("0388123456", "+84388123456")]
    [InlineData("0562123456", "+84562123456")]
    [InlineData("0703123456", "+84703123456")]
    [InlineData("0812345678", "+84812345678")]
    [InlineData("02438253333", "+842438253333")]
    [InlineData("+84 205 3851 234", "+842053851234")]
    [InlineData("+12345678", "+12345678")]
    [InlineData("+123456789012345", "+123456789012345")]
    public void Phone_numbers_normalise_to_E164(string input, string expected)
    {
        var result = PhoneNumber.Validate(input);

        Assert.True(result.IsValid, result.ErrorCode);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("912345678")]
    [InlineData("+1234567")]
    [InlineData("+1234567890123456")]
    [InlineData("+0912345678")]
    [InlineData("091234567")]
    [InlineData("091234567890")]
    [InlineData("0012345678")]
    [InlineData("+840912345678")]
    [InlineData("0112345678")]
    [InlineData("0412345678")]
    [InlineData("0612345678")]
    [InlineData("0212345678")]
    [InlineData("+84112345678")]
    [InlineData("0912-345-67a")]
    [InlineData("++84912345678")]
    public void Other_phone_numbers_are_invalid(string input) =>
        Assert.Equal(ErrorCodes.PhoneInvalid, PhoneNumber.Validate(input).ErrorCode);

    [Theory]
    [InlineData("020123456789", "020123456789")]
    [InlineData(" e1234567 ", "E1234567")]
    [InlineData("45010219900101123x", "45010219900101123X")]
    [InlineData("ABC123", "ABC123")]
    public void Identity_numbers_normalise(string input, string expected)
    {
        var result = IdentityNumber.Validate(input, Drafts.IdentityProvinces);

        Assert.True(result.IsValid, result.ErrorCode);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("123456789012345678901")]
    [InlineData("0201-2345-6789")]
    [InlineData("Đ12345678")]
    public void Other_identity_numbers_are_invalid(string input) =>
        Assert.Equal(ErrorCodes.IdentityNumberInvalid, IdentityNumber.Validate(input, Drafts.IdentityProvinces).ErrorCode);

    [Theory]
    [InlineData("000000000000")]
    [InlineData("003123456789")]
    [InlineData("097123456789")]
    [InlineData("999123456789")]
    public void A_citizen_identity_number_must_start_with_a_province_code(string input) =>
        Assert.Equal(ErrorCodes.IdentityNumberProvinceCode, IdentityNumber.Validate(input, Drafts.IdentityProvinces).ErrorCode);

    [Theory]
    [InlineData("001085012345")]
    [InlineData("004190012345")]
    [InlineData("096301234567")]
    public void Citizen_identity_numbers_of_real_provinces_pass(string input) =>
        Assert.True(IdentityNumber.Validate(input, Drafts.IdentityProvinces).IsValid);

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Missing_phone_and_identity_numbers_are_required(string? input)
    {
        Assert.Equal(ErrorCodes.Required, PhoneNumber.Validate(input).ErrorCode);
        Assert.Equal(ErrorCodes.Required, IdentityNumber.Validate(input, Drafts.IdentityProvinces).ErrorCode);
    }
}
