namespace DigitalBorderGate.Domain.Reference;

public enum GateState
{
    Open,
    Suspended,
    NotOpenForGoods,
    Planned,
    Closed,
}
