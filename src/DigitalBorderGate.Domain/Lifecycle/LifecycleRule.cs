namespace DigitalBorderGate.Domain.Lifecycle;

/// <summary>One row of the lifecycle table: in status <see cref="From"/>, <see cref="By"/> may take <see cref="Action"/>, which leads to <see cref="To"/>.</summary>
/// <param name="To">Null for <c>release</c>: back to the status the hold interrupted.</param>
public sealed record LifecycleRule(DeclarationStatus From, DeclarationAction Action, DeclarationStatus? To, ActorKind By);
