using DigitalBorderGate.Api.Auth;

namespace DigitalBorderGate.Api.Features.Declarations;

/// <summary>
/// Which declarations a principal may see: a declarant its own enterprises'; an officer those routed to its unit
/// and those its unit's queue holds (a Control team's referrals); branch-wide officers all. Used both to filter
/// queries and to check one record, so the two cannot disagree.
/// </summary>
public sealed record DeclarationAccess(IReadOnlyList<string>? TaxCodes, string? UnitCode)
{
    public static DeclarationAccess? For(ApiPrincipal principal) => principal.Role switch
    {
        PrincipalRole.Declarant => new DeclarationAccess(principal.Scope, null),
        PrincipalRole.Officer when principal.IsBranchWideOfficer => new DeclarationAccess(null, null),
        PrincipalRole.Officer => new DeclarationAccess(null, principal.OfficerUnit ?? "-"),
        _ => null,
    };

    public bool Allows(DeclarationRecord record) =>
        (TaxCodes is null || TaxCodes.Contains(record.DeclarantTaxCode))
        && (UnitCode is null || UnitCode == record.UnitCode || UnitCode == record.QueueUnitCode);

    /// <summary>The SQL condition of this access, with its parameters added to <paramref name="parameters"/>.</summary>
    public string SqlCondition(Dapper.DynamicParameters parameters)
    {
        var conditions = new List<string>();
        if (TaxCodes is not null)
        {
            parameters.Add("AccessTaxCodes", TaxCodes);
            conditions.Add("declarant_tax_code IN @AccessTaxCodes");
        }
        if (UnitCode is not null)
        {
            parameters.Add("AccessUnitCode", UnitCode);
            conditions.Add("(unit_code = @AccessUnitCode OR queue_unit_code = @AccessUnitCode)");
        }
        return conditions.Count == 0 ? "1 = 1" : string.Join(" AND ", conditions);
    }
}
