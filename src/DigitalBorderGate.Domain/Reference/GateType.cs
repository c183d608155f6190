namespace DigitalBorderGate.Domain.Reference;

public enum GateType
{
    International,
    Main,
    Secondary,

    // A specialised opening (lối mở) for border trade.
    Opening,

    // A goods clearance route (lối thông quan).
    ClearanceRoute,
}
