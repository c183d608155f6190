namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>Whether a plate belongs to the truck (or tractor) itself or to the trailer it pulls.</summary>
public enum PlateRole
{
    Truck,
    Trailer,
}
