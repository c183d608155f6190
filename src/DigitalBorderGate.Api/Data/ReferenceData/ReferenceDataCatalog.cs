using Dapper;
using DigitalBorderGate.Domain.Reference;

namespace DigitalBorderGate.Api.Data.ReferenceData;

/// <summary>
/// The reference data in memory, read from the database at start-up and after a change. Routing and the listing
/// endpoints read this snapshot; it is replaced whole, never edited, so readers need no locks.
/// </summary>
public sealed class ReferenceDataCatalog(Database database)
{
    private ReferenceSnapshot? current;

    public ReferenceSnapshot Current => current ?? throw new InvalidOperationException("Reference data has not been loaded.");

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var data = await database.ReadAsync(ReadAsync, cancellationToken);
        current = new ReferenceSnapshot(data);
    }

    private static async Task<ReferenceDataSet> ReadAsync(System.Data.Common.DbConnection connection)
    {
        var load = await connection.QuerySingleAsync<(string DataSet, string Description, DateOnly EffectiveFrom)>(
            "SELECT data_set, description, effective_from FROM reference_data_loads ORDER BY id DESC LIMIT 1");
        var units = (await connection.QueryAsync<UnitRow>(
            "SELECT code AS Code, name_vi AS NameVi, name_en AS NameEn, kind AS Kind, accepts_referrals AS AcceptsReferrals, legacy_office_code AS LegacyOfficeCode, province AS Province, reconstructed AS Reconstructed FROM units ORDER BY code"))
            .Select(u => new Unit(u.Code, u.NameVi, u.NameEn, DbEnum.Parse<UnitKind>(u.Kind), u.AcceptsReferrals, u.LegacyOfficeCode, u.Province, u.Reconstructed))
            .ToList();
        var states = (await connection.QueryAsync<StateRow>(
            "SELECT gate_code AS GateCode, valid_from AS ValidFrom, valid_to AS ValidTo, state AS State, note_vi AS NoteVi, note_en AS NoteEn FROM gate_states ORDER BY gate_code, valid_from"))
            .ToLookup(s => s.GateCode, s => new GateStatePeriod(DbEnum.Parse<GateState>(s.State), s.ValidFrom, s.ValidTo, s.NoteVi ?? "", s.NoteEn ?? ""));
        var gates = (await connection.QueryAsync<GateRow>(
            "SELECT code AS Code, name_vi AS NameVi, name_en AS NameEn, province AS Province, type AS Type, mode AS Mode, chinese_side AS ChineseSide, accepts_goods AS AcceptsGoods FROM border_gates ORDER BY code"))
            .Select(g => new BorderGate(g.Code, g.NameVi, g.NameEn, g.Province, DbEnum.Parse<GateType>(g.Type), DbEnum.Parse<TransportMode>(g.Mode), g.ChineseSide, g.AcceptsGoods, states[g.Code].ToList()))
            .ToList();
        var assignments = (await connection.QueryAsync<UnitGateAssignment>(
            "SELECT unit_code AS UnitCode, gate_code AS GateCode, valid_from AS \"From\", valid_to AS \"To\" FROM unit_gate_assignments ORDER BY gate_code, valid_from"))
            .ToList();
        var vehicleClasses = (await connection.QueryAsync<(string Code, string NameVi, string NameEn, string Mode)>(
            "SELECT code, name_vi, name_en, mode FROM vehicle_classes ORDER BY code"))
            .Select(v => new VehicleClass(v.Code, v.NameVi, v.NameEn, DbEnum.Parse<TransportMode>(v.Mode)))
            .ToList();
        return new ReferenceDataSet(load.DataSet, load.Description, load.EffectiveFrom, units, gates, assignments, vehicleClasses);
    }

    private sealed record UnitRow(string Code, string NameVi, string NameEn, string Kind, bool AcceptsReferrals, string? LegacyOfficeCode, string? Province, bool Reconstructed);

    private sealed record GateRow(string Code, string NameVi, string NameEn, string Province, string Type, string Mode, string? ChineseSide, bool AcceptsGoods);

    private sealed record StateRow(string GateCode, DateOnly ValidFrom, DateOnly? ValidTo, string State, string? NoteVi, string? NoteEn);
}

/// <summary>One consistent view of the reference data, with the lookups the features need.</summary>
public sealed class ReferenceSnapshot(ReferenceDataSet data)
{
    public ReferenceDataSet Data { get; } = data;

    public IReadOnlySet<string> GateCodes { get; } = data.Gates.Select(g => g.Code).ToHashSet(StringComparer.Ordinal);

    public IReadOnlySet<string> VehicleClassCodes { get; } = data.VehicleClasses.Select(v => v.Code).ToHashSet(StringComparer.Ordinal);

    public TransportMode ModeOf(string vehicleClass) => Data.FindVehicleClass(vehicleClass)?.Mode ?? TransportMode.Road;
}
