using DigitalBorderGate.Api.Data.ReferenceData;

namespace DigitalBorderGate.Api.Features.Declarations;

/// <summary>
/// Which declarations a principal may see: its <see cref="Audience"/>, where an officer's unit is the unit a
/// declaration was routed to, or for a Control team the unit whose queue holds it on referral. Used both to filter
/// queries and to check one record, so the two cannot disagree.
/// </summary>
internal sealed record DeclarationAccess(Audience Audience, bool ByQueue)
{
    public static DeclarationAccess? For(ApiPrincipal principal, ReferenceSnapshot reference) => Audience.Of(principal) is { } audience
        // Gate units receive only what is routed to them and Control teams only referrals, so one column decides,
        // and each query runs on one index in its own order.
        ? new DeclarationAccess(audience, audience.UnitCode is { } unit && reference.Data.FindUnit(unit)?.AcceptsReferrals == true)
        : null;

    /// <summary>
    /// Whether the principal may see this declaration. One it may not see is answered as absent, not forbidden:
    /// another enterprise's declaration is not ours to reveal.
    /// </summary>
    public static bool Shows(ApiPrincipal principal, ReferenceSnapshot reference, DeclarationRecord record) =>
        For(principal, reference)?.Allows(record) == true;

    public bool Allows(DeclarationRecord record) =>
        Audience.Includes(record.DeclarantTaxCode, ByQueue ? record.QueueUnitCode : record.UnitCode);

    /// <summary>The SQL condition of this access, with its parameters added to <paramref name="parameters"/>.</summary>
    public string SqlCondition(Dapper.DynamicParameters parameters) =>
        Audience.SqlCondition(parameters, ByQueue ? "queue_unit_code" : "unit_code");
}
