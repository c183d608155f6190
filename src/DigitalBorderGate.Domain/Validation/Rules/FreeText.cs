using System.Globalization;
using System.Text;

namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>Free text (names, descriptions, places): trimmed, NFC-normalised, printable, bounded in length.</summary>
public static class FreeText
{
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 200;
    public const int PlaceMaxLength = 100;

    public static bool IsValid(string? value, int maxLength) => Validate(value, maxLength).IsValid;

    /// <param name="value">The raw text.</param>
    /// <param name="maxLength">The maximum length in UTF-16 code units after normalisation, the unit storage limits count in.</param>
    public static RuleResult<string> Validate(string? value, int maxLength)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return RuleFailure.Of(ErrorCodes.Required);
        }

        // Checked before normalising: String.Normalize throws on an unpaired surrogate.
        if (FirstForbidden(text) is { } code)
        {
            return RuleFailure.Of(code);
        }

        text = text.Normalize(NormalizationForm.FormC);
        return text.Length <= maxLength ? text : RuleFailure.Of(ErrorCodes.TextTooLong, maxLength);
    }

    private static string? FirstForbidden(string text)
    {
        var invisible = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                invisible |= IsInvisible(char.ConvertToUtf32(c, text[i + 1]));
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Control || IsBidiControl(c))
            {
                return ErrorCodes.TextControlCharacters;
            }

            invisible |= IsInvisible(c);
        }

        return invisible ? ErrorCodes.TextInvisibleCharacters : null;
    }

    // Embeddings, overrides and isolates can make text display differently from what it says ("Trojan Source").
    private static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    // Characters that show nothing, so two names can look the same and differ: every format character (zero-width
    // space and joiners, direction marks, the BOM, the soft hyphen, tag characters, invisible operators), the line
    // and paragraph separators, and the Hangul fillers, which are letters that draw as blank space.
    private static bool IsInvisible(int codePoint) =>
        CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        || codePoint is 0x115F or 0x1160 or 0x3164 or 0xFFA0;
}
