namespace DigitalBorderGate.Domain.Routing;

public static class RoutingRules
{
    /// <summary>The gate's own namesake unit serves it.</summary>
    public const string GateOwnUnit = "gateOwnUnit";

    /// <summary>The gate has no unit of its own; the assignment gives it to another gate's unit.</summary>
    public const string GateServedByNeighbour = "gateServedByNeighbour";

    /// <summary>A reorganisation moved the gate to another unit; open declarations follow it.</summary>
    public const string Reorganisation = "reorganisation";
}
