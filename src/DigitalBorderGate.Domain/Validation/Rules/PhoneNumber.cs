using System.Text.RegularExpressions;

namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>Phone number, normalised to E.164: +&lt;country code&gt;&lt;number&gt;, or a Vietnamese national number 0… → +84….</summary>
public static partial class PhoneNumber
{
    public static string? Normalize(string? value) =>
        value is null ? null : string.Concat(value.Where(c => !(char.IsWhiteSpace(c) || c is '-' or '.' or '(' or ')')));

    public static bool IsValid(string? value) => Validate(value).IsValid;

    public static RuleResult<string> Validate(string? value)
    {
        var phone = Normalize(value);
        if (string.IsNullOrEmpty(phone))
        {
            return RuleFailure.Of(ErrorCodes.Required);
        }

        if (International().IsMatch(phone))
        {
            return phone;
        }

        if (VietnameseNational().IsMatch(phone))
        {
            return "+84" + phone[1..];
        }

        return RuleFailure.Of(ErrorCodes.PhoneInvalid);
    }

    // E.164 country codes never start with 0.
    [GeneratedRegex(@"^\+[1-9][0-9]{7,14}\z", RegexOptions.CultureInvariant)]
    private static partial Regex International();

    [GeneratedRegex(@"^0[0-9]{9,10}\z", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseNational();
}
