namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>Whether the truck carries goods: "laden" (the default, as every truck was before empty ones were declared) or "empty".</summary>
public static class LoadStateValue
{
    public static RuleResult<LoadState> Validate(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || text.Equals("laden", StringComparison.OrdinalIgnoreCase))
        {
            return LoadState.Laden;
        }

        return text.Equals("empty", StringComparison.OrdinalIgnoreCase)
            ? LoadState.Empty
            : RuleFailure.Of(ErrorCodes.LoadStateInvalid);
    }
}
