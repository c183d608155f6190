namespace DigitalBorderGate.Domain.Declarations;

/// <summary>
/// The one rule of what a declarant's tax code covers: itself and, for a 10-digit enterprise code, its dependent
/// units (branch codes NNNNNNNNNN-NNN, however written). Submitting, reading, searching, events, webhooks and actions
/// all ask this rule, in code through <see cref="Covers"/> and in SQL through <see cref="EnterpriseOf"/>.
/// </summary>
public static class TaxCodeOwnership
{
    /// <summary>Whether a key scoped to <paramref name="scopeCode"/> acts for <paramref name="taxCode"/>.</summary>
    public static bool Covers(string scopeCode, string taxCode) =>
        taxCode == scopeCode || EnterpriseOf(taxCode) == scopeCode;

    /// <summary>
    /// The enterprise a tax code belongs to: the 10-digit head of a branch code (with or without its hyphen), else
    /// the code itself. A scope code matches a declaration when it equals either the code or this.
    /// </summary>
    /// <remarks>The database computes the same expression (migration 0013) over validated tax codes.</remarks>
    public static string EnterpriseOf(string taxCode) => taxCode switch
    {
        { Length: 14 } when taxCode[10] == '-' => taxCode[..10],
        { Length: 13 } => taxCode[..10],
        _ => taxCode,
    };
}
