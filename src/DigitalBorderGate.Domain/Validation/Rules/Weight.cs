namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>A weight in kilograms: positive and no more than one truck may carry.</summary>
public static class Weight
{
    /// <summary>The gross weight limit of one truck, for a goods group, an item line and the sum of the groups.</summary>
    public const decimal TruckLimitKg = 60_000m;

    public static RuleResult<decimal> Validate(decimal? value)
    {
        if (value is not { } kg)
        {
            return RuleFailure.Of(ErrorCodes.Required);
        }

        if (kg <= 0)
        {
            return RuleFailure.Of(ErrorCodes.NumberNotPositive);
        }

        return kg <= TruckLimitKg ? kg : RuleFailure.Of(ErrorCodes.WeightTruckLimit, TruckLimitKg);
    }
}
