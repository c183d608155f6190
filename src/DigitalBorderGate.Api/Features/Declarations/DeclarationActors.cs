using DigitalBorderGate.Api.Data.ReferenceData;
using DigitalBorderGate.Domain.Lifecycle;

namespace DigitalBorderGate.Api.Features.Declarations;

/// <summary>How a caller stands towards one declaration when it wants to act on it.</summary>
internal enum ActorStanding { Hidden, Forbidden, Acting }

internal static class DeclarationActors
{
    /// <summary>
    /// The owner acts as the declarant; an officer of the unit whose queue holds the declaration acts as the
    /// responsible officer. Whoever may see it but is neither is forbidden; whoever may not see it is told nothing.
    /// </summary>
    public static (ActorStanding Standing, ActorKind Kind) Resolve(ApiPrincipal principal, DeclarationRecord? record, ReferenceSnapshot reference)
    {
        if (record is null)
        {
            return (ActorStanding.Hidden, default);
        }
        if (DeclarationAccess.For(principal, reference) is not { } access)
        {
            return (ActorStanding.Forbidden, default);
        }
        if (!access.Allows(record))
        {
            return (ActorStanding.Hidden, default);
        }
        if (principal.ActsFor(record.DeclarantTaxCode))
        {
            return (ActorStanding.Acting, ActorKind.Owner);
        }
        return principal.OfficerUnit == record.QueueUnitCode
            ? (ActorStanding.Acting, ActorKind.ResponsibleOfficer)
            : (ActorStanding.Forbidden, default);
    }

    /// <summary>What the caller may do to the declaration in its current status; nothing where it may not act.</summary>
    public static IReadOnlyList<string> AllowedActions(ApiPrincipal principal, DeclarationRecord record, ReferenceSnapshot reference) =>
        Resolve(principal, record, reference) is (ActorStanding.Acting, var kind)
            ? [.. DeclarationLifecycle.AllowedActions(record.CurrentStatus, kind).Select(action => Data.EnumText.Of(action))]
            : [];
}
