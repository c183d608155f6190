namespace DigitalBorderGate.Domain.Reference;

/// <summary>An affiliated unit of the customs branch: a border-gate customs unit or a team.</summary>
/// <param name="LegacyOfficeCode">The office code of the former provincial department, where one existed.</param>
/// <param name="Province">Null for teams that work branch-wide.</param>
/// <param name="Reconstructed">True while the unit comes from a reconstruction rather than the official list.</param>
public sealed record Unit(
    string Code,
    string NameVi,
    string NameEn,
    UnitKind Kind,
    bool AcceptsReferrals,
    string? LegacyOfficeCode,
    string? Province,
    bool Reconstructed);
