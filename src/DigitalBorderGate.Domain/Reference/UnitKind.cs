namespace DigitalBorderGate.Domain.Reference;

public enum UnitKind
{
    // Clears goods at the gates assigned to it.
    Gate,

    // Receives no declarations of its own; some take referrals from gate officers.
    Team,
}
