namespace DigitalBorderGate.Domain.Routing;

/// <summary>What <see cref="GateRouter"/> decided: a <see cref="RoutingDecision"/> or a <see cref="RoutingRefusal"/>.</summary>
public abstract record RoutingOutcome
{
    // Closed hierarchy: the two cases below are the only outcomes.
    private protected RoutingOutcome()
    {
    }
}
