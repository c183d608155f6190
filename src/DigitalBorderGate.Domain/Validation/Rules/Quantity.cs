namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>A quantity of an item line in its unit: positive and bounded.</summary>
public static class Quantity
{
    public const decimal Max = 1_000_000_000m;

    public static RuleResult<decimal> Validate(decimal? value)
    {
        if (value is not { } quantity)
        {
            return RuleFailure.Of(ErrorCodes.Required);
        }

        if (quantity <= 0)
        {
            return RuleFailure.Of(ErrorCodes.NumberNotPositive);
        }

        return quantity <= Max ? quantity : RuleFailure.Of(ErrorCodes.NumberTooLarge, Max);
    }
}
