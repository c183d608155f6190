using System.Text;

namespace DigitalBorderGate.Domain.Tests.Validation;

public class FreeTextTests
{
    [Theory]
    [InlineData("Sầu riêng tươi")]
    [InlineData("Nguyễn Văn Đức")]
    [InlineData("榴莲")]
    [InlineData("Bãi đỗ xe Tân Thanh 🚚")]
    public void Vietnamese_chinese_and_emoji_text_is_accepted(string input)
    {
        var result = FreeText.Validate(input, FreeText.NameMaxLength);

        Assert.True(result.IsValid, result.ErrorCode);
        Assert.Equal(input, result.Value);
    }

    [Fact]
    public void Text_is_trimmed_and_composed_to_NFC()
    {
        var decomposed = "  Nguyễn Văn Đức\t".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Nguyễn Văn Đức".Length, decomposed.Trim().Length);

        var result = FreeText.Validate(decomposed, FreeText.NameMaxLength);

        Assert.Equal("Nguyễn Văn Đức".Normalize(NormalizationForm.FormC), result.Value);
    }

    [Fact]
    public void The_length_bound_applies_after_composition()
    {
        var composed = new string('ễ', 10);
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.True(decomposed.Length > 10);

        Assert.True(FreeText.Validate(decomposed, 10).IsValid);
        Assert.Equal(ErrorCodes.TextTooLong, FreeText.Validate(composed + "a", 10).ErrorCode);
    }

    [Fact]
    public void Too_long_text_reports_the_limit_in_both_languages()
    {
        var result = FreeText.Validate(new string('a', 201), FreeText.DescriptionMaxLength);
        var error = ErrorCatalog.Create("/goods/0/items/0/description", result.ErrorCode!, result.Arguments);

        Assert.Equal(ErrorCodes.TextTooLong, result.ErrorCode);
        Assert.Contains("200", error.Message, StringComparison.Ordinal);
        Assert.Contains("200", error.MessageVi, StringComparison.Ordinal);
        Assert.True(FreeText.Validate(new string('a', 200), FreeText.DescriptionMaxLength).IsValid);
    }

    [Theory]
    [InlineData("Sầu\0riêng")]
    [InlineData("line\nbreak")]
    [InlineData("tab\tinside")]
    [InlineData("bell\u0007")]
    [InlineData("del\u007F")]
    [InlineData("c1\u0085control")]
    [InlineData("abc\u202Efed")]
    [InlineData("\u2066isolate\u2069")]
    public void Control_bidi_and_broken_surrogate_characters_are_rejected(string input) =>
        Assert.Equal(ErrorCodes.TextControlCharacters, FreeText.Validate(input, FreeText.DescriptionMaxLength).ErrorCode);

    [Fact]
    public void Unpaired_surrogates_are_rejected_and_never_reach_normalisation()
    {
        // Built in code: test data attributes would replace lone surrogates with U+FFFD.
        const char high = '\uD83D';
        const char low = '\uDE9A';
        string[] broken = ["lonely " + high + " high", "lonely " + low + " low", "reversed " + low + high, "end" + high];

        foreach (var text in broken)
        {
            Assert.Equal(ErrorCodes.TextControlCharacters, FreeText.Validate(text, FreeText.DescriptionMaxLength).ErrorCode);
        }

        Assert.True(FreeText.Validate("truck " + high + low, FreeText.DescriptionMaxLength).IsValid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \r\n\t ")]
    public void Blank_text_is_required(string? input) =>
        Assert.Equal(ErrorCodes.Required, FreeText.Validate(input, FreeText.NameMaxLength).ErrorCode);

    [Theory]
    [InlineData("KGM", "KGM")]
    [InlineData(" tne ", "TNE")]
    [InlineData("PCE", "PCE")]
    [InlineData("CTN", "CTN")]
    [InlineData("set", "SET")]
    [InlineData("BAG", "BAG")]
    [InlineData("MTQ", "MTQ")]
    [InlineData("LTR", "LTR")]
    public void Unit_codes_of_the_vnaccs_list_normalise(string input, string expected) =>
        Assert.Equal(expected, UnitCode.Validate(input, Drafts.Units).Value);

    [Theory]
    [InlineData("kg")]
    [InlineData("XYZ12")]
    [InlineData("2U")]
    [InlineData("CAI")]
    public void Unit_codes_outside_the_list_are_unknown(string input) =>
        Assert.Equal(ErrorCodes.UnitUnknown, UnitCode.Validate(input, Drafts.Units).ErrorCode);

    [Theory]
    [InlineData("K")]
    [InlineData("KGMKGM")]
    [InlineData("KG M")]
    [InlineData("kg/m")]
    public void Other_unit_codes_are_invalid(string input) =>
        Assert.Equal(ErrorCodes.UnitFormat, UnitCode.Validate(input, Drafts.Units).ErrorCode);

    [Theory]
    [InlineData(" vn-12345 ", "VN-12345")]
    [InlineData("A", "A")]
    public void Seal_numbers_normalise(string input, string expected) => Assert.Equal(expected, SealNumber.Validate(input).Value);

    [Theory]
    [InlineData("VN 12345")]
    [InlineData("VN_12345")]
    [InlineData("1234567890123456789012345678901")]
    public void Other_seal_numbers_are_invalid(string input) =>
        Assert.Equal(ErrorCodes.SealFormat, SealNumber.Validate(input).ErrorCode);
}

public class InvisibleTextTests
{
    [Theory]
    [InlineData("Nguyễn\u200BVăn Đức")]   // zero-width space
    [InlineData("Nguyễn\u200CVăn")]       // zero-width non-joiner
    [InlineData("Nguyễn\u200DVăn")]       // zero-width joiner
    [InlineData("Nguyễn\u2060Văn")]       // word joiner
    [InlineData("Nguyễn\u200EVăn")]       // left-to-right mark
    [InlineData("Nguyễn\u200FVăn")]       // right-to-left mark
    [InlineData("Nguyễn\u061CVăn")]       // Arabic letter mark
    [InlineData("\uFEFFNguyễn Văn")]      // byte order mark
    [InlineData("Nguy\u00ADễn")]          // soft hyphen
    [InlineData("Nguyễn\u2028Văn")]       // line separator
    [InlineData("Nguyễn\u2029Văn")]       // paragraph separator
    [InlineData("Nguyễn\u3164Văn")]       // Hangul filler
    [InlineData("Nguyễn\u115FVăn")]       // Hangul choseong filler
    [InlineData("Nguyễn\u1160Văn")]       // Hangul jungseong filler
    [InlineData("Nguyễn\uFFA0Văn")]       // halfwidth Hangul filler
    [InlineData("Nguyễn\u180EVăn")]       // Mongolian vowel separator
    [InlineData("Nguyễn\u2062Văn")]       // invisible times
    [InlineData("Nguyễn Văn\U000E0041\U000E007F")] // tag characters
    public void Invisible_characters_are_refused_with_their_own_code(string input) =>
        Assert.Equal(ErrorCodes.TextInvisibleCharacters, FreeText.Validate(input, FreeText.NameMaxLength).ErrorCode);

    [Fact]
    public void A_control_character_is_still_reported_as_one_beside_an_invisible_one() =>
        Assert.Equal(ErrorCodes.TextControlCharacters, FreeText.Validate("Nguyễn\u200BVăn\u0000", FreeText.NameMaxLength).ErrorCode);

    [Theory]
    [InlineData("Nguyễn Văn Đức")]
    [InlineData("Nguyễn\u00A0Văn")]       // no-break space shows as a space
    [InlineData("❤️ 🚚")]                  // emoji with a variation selector
    [InlineData("한국어 이름")]
    public void Visible_text_stays_accepted(string input) =>
        Assert.True(FreeText.Validate(input, FreeText.NameMaxLength).IsValid);
}
