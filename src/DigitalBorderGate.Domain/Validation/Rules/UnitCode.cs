using System.Text.RegularExpressions;

namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>Unit of measure: a code of the VNACCS list (seeds/codes/units-of-measure.json), e.g. KGM, TNE, PCE; upper-cased.</summary>
public static partial class UnitCode
{
    public static RuleResult<string> Validate(string? value, IReadOnlySet<string> knownUnits)
    {
        ArgumentNullException.ThrowIfNull(knownUnits);
        var unit = value?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(unit))
        {
            return RuleFailure.Of(ErrorCodes.Required);
        }

        if (!Shape().IsMatch(unit))
        {
            return RuleFailure.Of(ErrorCodes.UnitFormat);
        }

        return knownUnits.Contains(unit) ? unit : RuleFailure.Of(ErrorCodes.UnitUnknown);
    }

    [GeneratedRegex(@"^[A-Z0-9]{2,5}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
