namespace DigitalBorderGate.Api.Auth;

/// <summary>
/// Whose declarations a key concerns: a declarant its enterprises', an officer its unit's, a branch-wide officer
/// every one; an admin none (null). Declaration access, the change feed and webhooks all ask this one rule; a
/// declarant's tax codes cover their branches (<see cref="TaxCodeScope"/>).
/// </summary>
internal sealed record Audience(TaxCodeScope? TaxCodes, string? UnitCode)
{
    // An officer key without a unit matches no unit code.
    private const string NoUnit = "-";

    public static Audience? Of(PrincipalRole role, IReadOnlyList<string> scope) => role switch
    {
        PrincipalRole.Declarant => new Audience(new TaxCodeScope(scope), null),
        PrincipalRole.Officer when scope.Contains(ApiPrincipal.BranchWide) => new Audience(null, null),
        PrincipalRole.Officer => new Audience(null, scope.Count > 0 ? scope[0] : NoUnit),
        _ => null,
    };

    public static Audience? Of(ApiPrincipal principal) => Of(principal.Role, principal.Scope);

    /// <summary>Whether a declaration of <paramref name="declarantTaxCode"/>, at <paramref name="unitCode"/>, concerns this audience.</summary>
    public bool Includes(string declarantTaxCode, string unitCode) =>
        (TaxCodes is null || TaxCodes.Covers(declarantTaxCode)) && (UnitCode is null || UnitCode == unitCode);

    /// <summary>The same rule as SQL over <c>declarant_tax_code</c> and <paramref name="unitColumn"/>, its parameters added.</summary>
    public string SqlCondition(DynamicParameters parameters, string unitColumn)
    {
        var conditions = new List<string>();
        if (TaxCodes is not null)
        {
            conditions.Add(TaxCodes.SqlCondition(parameters, "AudienceTaxCodes"));
        }
        if (UnitCode is not null)
        {
            parameters.Add("AudienceUnitCode", UnitCode);
            conditions.Add($"{unitColumn} = @AudienceUnitCode");
        }
        return conditions.Count == 0 ? "1 = 1" : string.Join(" AND ", conditions);
    }
}
