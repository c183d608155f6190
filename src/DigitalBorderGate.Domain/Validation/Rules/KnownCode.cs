namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>A code from a reference list (border gates, vehicle classes), compared after trimming and upper-casing.</summary>
public static class KnownCode
{
    public static string? Normalize(string? value) => value?.Trim().ToUpperInvariant();

    /// <param name="value">The raw code.</param>
    /// <param name="knownCodes">The reference list; its entries are normalised the same way before comparing.</param>
    /// <param name="unknownCode">The error code to report when the code is not in the list.</param>
    public static RuleResult<string> Validate(string? value, IReadOnlySet<string> knownCodes, string unknownCode)
    {
        var code = Normalize(value);
        if (string.IsNullOrEmpty(code))
        {
            return RuleFailure.Of(ErrorCodes.Required);
        }

        return knownCodes.Contains(code) || knownCodes.Any(known => Normalize(known) == code)
            ? code
            : RuleFailure.Of(unknownCode);
    }
}
