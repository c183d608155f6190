using System.Text.RegularExpressions;

namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>VNACCS customs declaration number: 12 digits, the first 1 for an import or 3 for an export.</summary>
public static partial class CustomsDeclarationNumber
{
    public static string? Normalize(string? value) => value?.Trim();

    public static bool IsValid(string? value) => Validate(value).IsValid;

    /// <param name="value">The raw number.</param>
    /// <param name="direction">The declaration's direction, which the first digit must match; null skips that check.</param>
    public static RuleResult<string> Validate(string? value, Direction? direction = null)
    {
        var number = Normalize(value);
        if (string.IsNullOrEmpty(number))
        {
            return RuleFailure.Of(ErrorCodes.Required);
        }

        if (!Shape().IsMatch(number))
        {
            return RuleFailure.Of(ErrorCodes.CustomsDeclarationFormat);
        }

        if (direction is { } expected && DirectionOf(number) != expected)
        {
            return RuleFailure.Of(ErrorCodes.CustomsDeclarationDirectionMismatch);
        }

        return number;
    }

    private static Direction DirectionOf(string number) => number[0] == '1' ? Direction.Import : Direction.Export;

    [GeneratedRegex(@"^[13][0-9]{11}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
