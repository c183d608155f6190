using System.Text.RegularExpressions;

namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>
/// Phone number, stored in E.164: a Vietnamese mobile (03, 05, 07, 08, 09 + 8 digits) or landline (02 + 9 digits),
/// written 0… or +84…, or a foreign number in E.164 (Chinese drivers: +86…).
/// </summary>
public static partial class PhoneNumber
{
    private const string VietnamCountryCode = "+84";

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

        if (phone.StartsWith(VietnamCountryCode, StringComparison.Ordinal))
        {
            return VietnameseSubscriber().IsMatch(phone[VietnamCountryCode.Length..]) ? phone : RuleFailure.Of(ErrorCodes.PhoneInvalid);
        }

        if (phone.StartsWith('0'))
        {
            return VietnameseSubscriber().IsMatch(phone[1..]) ? VietnamCountryCode + phone[1..] : RuleFailure.Of(ErrorCodes.PhoneInvalid);
        }

        return Foreign().IsMatch(phone) ? phone : RuleFailure.Of(ErrorCodes.PhoneInvalid);
    }

    // The national number without its leading 0: mobile networks 3, 5, 7, 8, 9 + 8 digits; landlines 2 + area and number (9 digits).
    [GeneratedRegex(@"^([35789][0-9]{8}|2[0-9]{9})\z", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseSubscriber();

    // E.164 country codes never start with 0.
    [GeneratedRegex(@"^\+[1-9][0-9]{7,14}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Foreign();
}
