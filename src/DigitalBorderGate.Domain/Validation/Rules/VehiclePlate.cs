using DigitalBorderGate.Domain.Declarations;

namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>The plate rule of a vehicle's nationality, for trucks and their trailers.</summary>
public static class VehiclePlate
{
    public static RuleResult<string> Validate(string? value, VehicleNationality nationality) => nationality switch
    {
        VehicleNationality.VN => VietnamesePlate.Validate(value),
        _ => ChinesePlate.Validate(value),
    };

    /// <summary>A Vietnamese trailer must carry the trailer series R; a Chinese one follows the Chinese plate rule.</summary>
    public static RuleResult<string> ValidateTrailer(string? value, VehicleNationality nationality) => nationality switch
    {
        VehicleNationality.VN => VietnamesePlate.ValidateTrailer(value),
        _ => ChinesePlate.Validate(value),
    };
}
