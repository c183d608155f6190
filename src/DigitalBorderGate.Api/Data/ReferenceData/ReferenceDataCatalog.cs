using DigitalBorderGate.Domain.Reference;

namespace DigitalBorderGate.Api.Data.ReferenceData;

/// <summary>
/// The reference data in memory, read from the database at start-up and after a change. Routing and the listing
/// endpoints read this snapshot; it is replaced whole, never edited, so readers need no locks.
/// </summary>
internal sealed class ReferenceDataCatalog(Database database)
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
        var load = await connection.QuerySingleAsync<LoadRow>(
            "SELECT data_set AS DataSet, description AS Description, effective_from AS EffectiveFrom FROM reference_data_loads WHERE id = (SELECT MAX(id) FROM reference_data_loads)");
        var units = (await connection.QueryAsync<UnitRow>(
            "SELECT code AS Code, name_vi AS NameVi, name_en AS NameEn, kind AS Kind, accepts_referrals AS AcceptsReferrals, legacy_office_code AS LegacyOfficeCode, province AS Province, reconstructed AS Reconstructed FROM units ORDER BY code"))
            .Select(u => new Unit(u.Code, u.NameVi, u.NameEn, EnumText.Parse<UnitKind>(u.Kind), u.AcceptsReferrals, u.LegacyOfficeCode, u.Province, u.Reconstructed))
            .ToList();
        var states = (await connection.QueryAsync<StateRow>(
            "SELECT gate_code AS GateCode, valid_from AS ValidFrom, valid_to AS ValidTo, state AS State, note_vi AS NoteVi, note_en AS NoteEn FROM gate_states ORDER BY gate_code, valid_from"))
            .ToLookup(s => s.GateCode, s => new GateStatePeriod(EnumText.Parse<GateState>(s.State), s.ValidFrom, s.ValidTo, s.NoteVi ?? "", s.NoteEn ?? ""));
        var gates = (await connection.QueryAsync<GateRow>(
            "SELECT code AS Code, name_vi AS NameVi, name_en AS NameEn, province AS Province, type AS Type, mode AS Mode, chinese_side AS ChineseSide, accepts_goods AS AcceptsGoods, opens_at AS OpensAt, closes_at AS ClosesAt, directions AS Directions FROM border_gates ORDER BY code"))
            .Select(g => new BorderGate(g.Code, g.NameVi, g.NameEn, g.Province, EnumText.Parse<GateType>(g.Type), EnumText.Parse<TransportMode>(g.Mode), g.ChineseSide, g.AcceptsGoods, states[g.Code].ToList(),
                GateClock.Hours(g.OpensAt, g.ClosesAt), g.Directions is null ? null : [.. g.Directions.Split(',').Select(EnumText.Parse<Direction>)]))
            .ToList();
        var assignments = (await connection.QueryAsync<AssignmentRow>(
            "SELECT unit_code AS UnitCode, gate_code AS GateCode, valid_from AS ValidFrom, valid_to AS ValidTo FROM unit_gate_assignments ORDER BY gate_code, valid_from"))
            .Select(a => new UnitGateAssignment(a.UnitCode, a.GateCode, a.ValidFrom, a.ValidTo))
            .ToList();
        var vehicleClasses = (await connection.QueryAsync<VehicleClassRow>(
            "SELECT code AS Code, name_vi AS NameVi, name_en AS NameEn, mode AS Mode FROM vehicle_classes ORDER BY code"))
            .Select(v => new VehicleClass(v.Code, v.NameVi, v.NameEn, EnumText.Parse<TransportMode>(v.Mode)))
            .ToList();
        var branches = (await connection.QueryAsync<BranchRow>("SELECT code AS Code, name_vi AS NameVi, name_en AS NameEn FROM other_branches ORDER BY code"))
            .Select(b => new Branch(b.Code, b.NameVi, b.NameEn))
            .ToList();
        var handovers = (await connection.QueryAsync<HandoverRow>(
            "SELECT gate_code AS GateCode, branch_code AS BranchCode, valid_from AS ValidFrom, valid_to AS ValidTo FROM gate_handovers ORDER BY gate_code, valid_from"))
            .Select(h => new GateHandover(h.GateCode, h.BranchCode, h.ValidFrom, h.ValidTo))
            .ToList();
        var formerUnits = (await connection.QueryAsync<FormerUnitRow>(
            "SELECT code AS Code, name_vi AS NameVi, name_en AS NameEn, last_day AS LastDay, successor_unit_code AS SuccessorUnitCode, successor_branch_code AS SuccessorBranchCode FROM former_units ORDER BY code"))
            .Select(f => new FormerUnit(f.Code, f.NameVi, f.NameEn, f.LastDay, f.SuccessorUnitCode, f.SuccessorBranchCode))
            .ToList();
        return new ReferenceDataSet(load.DataSet, load.Description, load.EffectiveFrom, units, gates, assignments, vehicleClasses, null, branches, handovers, formerUnits);
    }

    // Rows are classes with setters: Dapper then converts each column (SQLite's integers to bool, text to dates).
    private sealed class LoadRow
    {
        public string DataSet { get; set; } = "";
        public string Description { get; set; } = "";
        public DateOnly EffectiveFrom { get; set; }
    }

    private sealed class UnitRow
    {
        public string Code { get; set; } = "";
        public string NameVi { get; set; } = "";
        public string NameEn { get; set; } = "";
        public string Kind { get; set; } = "";
        public bool AcceptsReferrals { get; set; }
        public string? LegacyOfficeCode { get; set; }
        public string? Province { get; set; }
        public bool Reconstructed { get; set; }
    }

    private sealed class GateRow
    {
        public string Code { get; set; } = "";
        public string NameVi { get; set; } = "";
        public string NameEn { get; set; } = "";
        public string Province { get; set; } = "";
        public string Type { get; set; } = "";
        public string Mode { get; set; } = "";
        public string? ChineseSide { get; set; }
        public bool AcceptsGoods { get; set; }
        public string? OpensAt { get; set; }
        public string? ClosesAt { get; set; }
        public string? Directions { get; set; }
    }

    private sealed class BranchRow
    {
        public string Code { get; set; } = "";
        public string NameVi { get; set; } = "";
        public string NameEn { get; set; } = "";
    }

    private sealed class HandoverRow
    {
        public string GateCode { get; set; } = "";
        public string BranchCode { get; set; } = "";
        public DateOnly ValidFrom { get; set; }
        public DateOnly? ValidTo { get; set; }
    }

    private sealed class FormerUnitRow
    {
        public string Code { get; set; } = "";
        public string NameVi { get; set; } = "";
        public string NameEn { get; set; } = "";
        public DateOnly LastDay { get; set; }
        public string? SuccessorUnitCode { get; set; }
        public string? SuccessorBranchCode { get; set; }
    }

    private sealed class StateRow
    {
        public string GateCode { get; set; } = "";
        public DateOnly ValidFrom { get; set; }
        public DateOnly? ValidTo { get; set; }
        public string State { get; set; } = "";
        public string? NoteVi { get; set; }
        public string? NoteEn { get; set; }
    }

    private sealed class AssignmentRow
    {
        public string UnitCode { get; set; } = "";
        public string GateCode { get; set; } = "";
        public DateOnly ValidFrom { get; set; }
        public DateOnly? ValidTo { get; set; }
    }

    private sealed class VehicleClassRow
    {
        public string Code { get; set; } = "";
        public string NameVi { get; set; } = "";
        public string NameEn { get; set; } = "";
        public string Mode { get; set; } = "";
    }
}

/// <summary>One consistent view of the reference data, with the lookups the features need.</summary>
internal sealed class ReferenceSnapshot(ReferenceDataSet data)
{
    public ReferenceDataSet Data { get; } = data;

    public IReadOnlySet<string> GateCodes { get; } = data.Gates.Select(g => g.Code).ToHashSet(StringComparer.Ordinal);

    public IReadOnlySet<string> VehicleClassCodes { get; } = data.VehicleClasses.Select(v => v.Code).ToHashSet(StringComparer.Ordinal);

    /// <summary>The listings of this snapshot, serialised once.</summary>
    public ReferenceResponses Responses { get; } = new();

    public TransportMode ModeOf(string vehicleClass) => Data.FindVehicleClass(vehicleClass)?.Mode ?? TransportMode.Road;
}
