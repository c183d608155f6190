namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>Direction of the crossing: "import" or "export", in any letter case.</summary>
public static class DirectionValue
{
    public static RuleResult<Direction> Validate(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return RuleFailure.Of(ErrorCodes.Required);
        }

        if (text.Equals("import", StringComparison.OrdinalIgnoreCase))
        {
            return Direction.Import;
        }

        return text.Equals("export", StringComparison.OrdinalIgnoreCase)
            ? Direction.Export
            : RuleFailure.Of(ErrorCodes.DirectionInvalid);
    }
}
