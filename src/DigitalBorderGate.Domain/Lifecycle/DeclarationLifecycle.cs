using static DigitalBorderGate.Domain.Declarations.DeclarationStatus;
using static DigitalBorderGate.Domain.Lifecycle.ActorKind;
using static DigitalBorderGate.Domain.Lifecycle.DeclarationAction;

namespace DigitalBorderGate.Domain.Lifecycle;

/// <summary>
/// The lifecycle of a declaration in one table: the truck's path submitted → atGate → inYard → underInspection →
/// cleared → exited, a hold (or referral) that a release undoes, the terminal rejected, cancelled and turnedBack, and
/// the control points that keep the status (a transshipment in the yard, a customs declaration number linked by the
/// declarant). Whatever the table does not list is not allowed.
/// </summary>
public static class DeclarationLifecycle
{
    public static IReadOnlyList<LifecycleRule> Rules { get; } =
    [
        new(Submitted, ConfirmArrival, AtGate, ResponsibleOfficer),
        new(Submitted, Hold, Held, ResponsibleOfficer),
        new(Submitted, Reject, Rejected, ResponsibleOfficer),
        new(Submitted, Cancel, Cancelled, Owner),
        new(Submitted, LinkCustomsDeclaration, Submitted, Owner),

        new(AtGate, ConfirmYardEntry, InYard, ResponsibleOfficer),
        new(AtGate, Hold, Held, ResponsibleOfficer),
        new(AtGate, Reject, Rejected, ResponsibleOfficer),
        new(AtGate, TurnBack, TurnedBack, ResponsibleOfficer),
        new(AtGate, LinkCustomsDeclaration, AtGate, Owner),

        new(InYard, StartInspection, UnderInspection, ResponsibleOfficer),
        new(InYard, Transship, InYard, ResponsibleOfficer),
        new(InYard, Hold, Held, ResponsibleOfficer),
        new(InYard, Reject, Rejected, ResponsibleOfficer),
        new(InYard, TurnBack, TurnedBack, ResponsibleOfficer),
        new(InYard, LinkCustomsDeclaration, InYard, Owner),

        // Each customs declaration of the truck has its own channel: another one's inspection may start, and a clear
        // leaves the truck under inspection until every goods group is cleared.
        new(UnderInspection, StartInspection, UnderInspection, ResponsibleOfficer),
        new(UnderInspection, Clear, Cleared, ResponsibleOfficer),
        new(UnderInspection, Transship, UnderInspection, ResponsibleOfficer),
        new(UnderInspection, Hold, Held, ResponsibleOfficer),
        new(UnderInspection, Reject, Rejected, ResponsibleOfficer),
        new(UnderInspection, TurnBack, TurnedBack, ResponsibleOfficer),
        new(UnderInspection, LinkCustomsDeclaration, UnderInspection, Owner),

        new(Cleared, ConfirmExit, Exited, ResponsibleOfficer),
        new(Cleared, Transship, Cleared, ResponsibleOfficer),
        new(Cleared, TurnBack, TurnedBack, ResponsibleOfficer),

        new(Held, Release, null, ResponsibleOfficer),
        new(Held, Reject, Rejected, ResponsibleOfficer),
        new(Held, TurnBack, TurnedBack, ResponsibleOfficer),
        new(Held, LinkCustomsDeclaration, Held, Owner),
    ];

    public static bool IsTerminal(DeclarationStatus status) => status is Exited or Rejected or Cancelled or TurnedBack or Transferred;

    public static IReadOnlyList<DeclarationStatus> OpenStatuses { get; } =
        [.. Enum.GetValues<DeclarationStatus>().Where(status => !IsTerminal(status))];

    /// <summary>The actions the actor may take in the status, in table order.</summary>
    public static IReadOnlyList<DeclarationAction> AllowedActions(DeclarationStatus status, ActorKind actor) =>
        [.. Rules.Where(rule => rule.From == status && rule.By == actor).Select(rule => rule.Action)];

    public static LifecycleRule? Find(DeclarationStatus status, DeclarationAction action) =>
        Rules.FirstOrDefault(rule => rule.From == status && rule.Action == action);
}
