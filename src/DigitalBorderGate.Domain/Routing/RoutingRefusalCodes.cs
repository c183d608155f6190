namespace DigitalBorderGate.Domain.Routing;

public static class RoutingRefusalCodes
{
    public const string Unknown = "borderGate.unknown";
    public const string WrongMode = "borderGate.wrongMode";
    public const string Suspended = "borderGate.suspended";
    public const string NotOpenForGoods = "borderGate.notOpenForGoods";
    public const string Planned = "borderGate.planned";
    public const string Closed = "borderGate.closed";
    public const string NotServed = "borderGate.notServed";
    public const string WrongDirection = "borderGate.wrongDirection";
}
