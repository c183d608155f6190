namespace DigitalBorderGate.Domain.Declarations;

public enum DeclarationStatus
{
    Submitted,
    AtGate,
    InYard,
    UnderInspection,
    Cleared,
    Exited,
    Held,
    Rejected,
    Cancelled,
    TurnedBack,
}
