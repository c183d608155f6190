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

    // Closed by a reorganisation: the gate passed to another customs branch, which the routing names.
    Transferred,
}
