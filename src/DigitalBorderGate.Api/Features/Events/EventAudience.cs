using DigitalBorderGate.Api.Auth;

namespace DigitalBorderGate.Api.Features.Events;

/// <summary>
/// Whose events a principal receives: a declarant its enterprises', an officer its unit's (the unit whose queue held
/// the declaration when the event happened), a branch-wide officer all. Feed and webhooks share it.
/// </summary>
public sealed record EventAudience(TaxCodeScope? TaxCodes, string? UnitCode)
{
    public static EventAudience? For(ApiPrincipal principal) => principal.Role switch
    {
        PrincipalRole.Declarant => new EventAudience(principal.DeclarantScope, null),
        PrincipalRole.Officer when principal.IsBranchWideOfficer => new EventAudience(null, null),
        PrincipalRole.Officer => new EventAudience(null, principal.OfficerUnit ?? "-"),
        _ => null,
    };

    public bool Receives(string declarantTaxCode, string unitCode) =>
        (TaxCodes is null || TaxCodes.Covers(declarantTaxCode)) && (UnitCode is null || UnitCode == unitCode);

    public string SqlCondition(Dapper.DynamicParameters parameters)
    {
        if (TaxCodes is not null)
        {
            return TaxCodes.SqlCondition(parameters, "AudienceTaxCodes");
        }
        if (UnitCode is not null)
        {
            parameters.Add("AudienceUnitCode", UnitCode);
            return "unit_code = @AudienceUnitCode";
        }
        return "1 = 1";
    }
}
