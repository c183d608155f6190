using DigitalBorderGate.Domain.Reference;

namespace DigitalBorderGate.Api.Features.Units;

internal sealed record UnitView(
    string Code,
    string NameVi,
    string NameEn,
    UnitKind Kind,
    bool AcceptsReferrals,
    string? LegacyOfficeCode,
    string? Province,
    bool Reconstructed,
    IReadOnlyList<ServedGateView> Gates);

/// <summary>A gate a unit serves, with the dates of the assignment.</summary>
internal sealed record ServedGateView(string Code, string NameVi, string NameEn, DateOnly From, DateOnly? To);

internal static class UnitViews
{
    public static UnitView ToView(Unit unit, ReferenceDataSet data, DateOnly on) => new(
        unit.Code, unit.NameVi, unit.NameEn, unit.Kind, unit.AcceptsReferrals, unit.LegacyOfficeCode, unit.Province, unit.Reconstructed,
        data.Assignments
            .Where(a => a.UnitCode == unit.Code && a.From <= on && (a.To is null || on <= a.To))
            .Join(data.Gates, a => a.GateCode, g => g.Code, (a, g) => new ServedGateView(g.Code, g.NameVi, g.NameEn, a.From, a.To))
            .OrderBy(g => g.Code, StringComparer.Ordinal)
            .ToList());
}
