namespace DigitalBorderGate.Api.Auth;

/// <summary>
/// The tax codes a declarant key acts for and what they cover (<see cref="TaxCodeOwnership"/>: each code and, for an
/// enterprise, its branches), in code and in SQL. Submitting, reading, searching, events, webhooks and actions all ask
/// this one rule.
/// </summary>
internal sealed record TaxCodeScope(IReadOnlyList<string> Codes)
{
    public bool Covers(string taxCode) => Codes.Any(code => TaxCodeOwnership.Covers(code, taxCode));

    /// <summary>The condition over a table with <c>declarant_tax_code</c> and its computed <c>declarant_enterprise_code</c>.</summary>
    public string SqlCondition(DynamicParameters parameters, string name)
    {
        parameters.Add(name, Codes);
        return $"(declarant_tax_code IN @{name} OR declarant_enterprise_code IN @{name})";
    }
}
