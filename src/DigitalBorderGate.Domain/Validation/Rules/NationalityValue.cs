namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>Vehicle nationality: "VN" or "CN", in any letter case.</summary>
public static class NationalityValue
{
    public static RuleResult<VehicleNationality> Validate(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return RuleFailure.Of(ErrorCodes.Required);
        }

        if (text.Equals("VN", StringComparison.OrdinalIgnoreCase))
        {
            return VehicleNationality.VN;
        }

        return text.Equals("CN", StringComparison.OrdinalIgnoreCase)
            ? VehicleNationality.CN
            : RuleFailure.Of(ErrorCodes.NationalityInvalid);
    }
}
