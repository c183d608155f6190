namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>The plate rule of a vehicle's nationality, for trucks and their trailers.</summary>
public static class VehiclePlate
{
    public static RuleResult<string> Validate(string? value, VehicleNationality nationality, PlateRole role, IReadOnlySet<string> vietnameseProvinceCodes) =>
        nationality switch
        {
            VehicleNationality.VN => VietnamesePlate.Validate(value, vietnameseProvinceCodes, role),
            _ => ChinesePlate.Validate(value, role),
        };
}
