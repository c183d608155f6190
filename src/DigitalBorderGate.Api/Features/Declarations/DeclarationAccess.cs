using DigitalBorderGate.Api.Auth;
using DigitalBorderGate.Api.Data.ReferenceData;

namespace DigitalBorderGate.Api.Features.Declarations;

/// <summary>
/// Which declarations a principal may see: a declarant its own enterprises'; an officer of a gate unit those routed
/// to the unit; an officer of a Control team those its queue holds on referral; branch-wide officers all. Used both
/// to filter queries and to check one record, so the two cannot disagree.
/// </summary>
public sealed record DeclarationAccess(TaxCodeScope? TaxCodes, string? UnitCode, bool ByQueue)
{
    public static DeclarationAccess? For(ApiPrincipal principal, ReferenceSnapshot reference) => principal.Role switch
    {
        PrincipalRole.Declarant => new DeclarationAccess(principal.DeclarantScope, null, false),
        PrincipalRole.Officer when principal.IsBranchWideOfficer => new DeclarationAccess(null, null, false),
        // Gate units receive only what is routed to them and Control teams only referrals, so one column decides,
        // and each query runs on one index in its own order.
        PrincipalRole.Officer => new DeclarationAccess(null, principal.OfficerUnit ?? "-",
            reference.Data.FindUnit(principal.OfficerUnit ?? "")?.AcceptsReferrals == true),
        _ => null,
    };

    public bool Allows(DeclarationRecord record) =>
        (TaxCodes is null || TaxCodes.Covers(record.DeclarantTaxCode))
        && (UnitCode is null || UnitCode == (ByQueue ? record.QueueUnitCode : record.UnitCode));

    /// <summary>The SQL condition of this access, with its parameters added to <paramref name="parameters"/>.</summary>
    public string SqlCondition(Dapper.DynamicParameters parameters)
    {
        var conditions = new List<string>();
        if (TaxCodes is not null)
        {
            conditions.Add(TaxCodes.SqlCondition(parameters, "AccessTaxCodes"));
        }
        if (UnitCode is not null)
        {
            parameters.Add("AccessUnitCode", UnitCode);
            conditions.Add(ByQueue ? "queue_unit_code = @AccessUnitCode" : "unit_code = @AccessUnitCode");
        }
        return conditions.Count == 0 ? "1 = 1" : string.Join(" AND ", conditions);
    }
}
