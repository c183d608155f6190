using System.Text.Json;

namespace DigitalBorderGate.Domain.Tests.Reference;

public class SeedFileTests
{
    private static readonly DateOnly SomeDayIn2026 = new(2026, 11, 24);

    // Section 2 of the domain reference, written out independently of the seed file.
    public static TheoryData<string, string[]> GatesOfEachGateUnit => new()
    {
        { "HUU_NGHI", ["HUU_NGHI", "PO_NHUNG", "CO_SAU"] },
        { "TAN_THANH", ["TAN_THANH", "NA_HINH", "NA_NUA", "BINH_NGHI"] },
        { "CHI_MA", ["CHI_MA", "BAN_CHAT"] },
        { "COC_NAM", ["COC_NAM"] },
        { "DONG_DANG_RAIL", ["DONG_DANG_RAIL"] },
        { "TA_LUNG", ["TA_LUNG", "NA_LAN"] },
        { "TRA_LINH", ["TRA_LINH", "NA_DOONG"] },
        { "SOC_GIANG", ["SOC_GIANG"] },
        { "LY_VAN", ["LY_VAN", "BI_HA"] },
        { "PO_PEO", ["PO_PEO", "DINH_PHONG"] },
    };

    public static TheoryData<string> DataSets => [SeedFiles.March2025, SeedFiles.July2025];

    [Theory]
    [MemberData(nameof(DataSets))]
    public void Seed_file_deserializes_with_the_plain_web_settings_and_the_strict_ones(string dataSet)
    {
        var json = SeedFiles.ReadJson(dataSet);

        var plain = JsonSerializer.Deserialize<ReferenceDataSet>(json, SeedFiles.PlainWebOptions);
        var strict = ReferenceDataJson.Deserialize(json);

        Assert.NotNull(plain);
        Assert.Equal(strict.Gates.Count, plain.Gates.Count);
        Assert.Equal(strict.Units.Select(unit => unit.Code), plain.Units.Select(unit => unit.Code));
    }

    [Theory]
    [MemberData(nameof(DataSets))]
    public void Seed_file_has_no_integrity_problems(string dataSet)
    {
        Assert.Empty(ReferenceDataSetCheck.Problems(SeedFiles.Load(dataSet)));
    }

    [Fact]
    public void March_data_set_has_17_units_and_22_gates_from_15_March_2025()
    {
        var data = SeedFiles.March;

        Assert.Equal(new DateOnly(2025, 3, 15), data.EffectiveFrom);
        Assert.Equal(17, data.Units.Count);
        Assert.Equal(10, data.Units.Count(unit => unit.Kind == UnitKind.Gate));
        Assert.Equal(22, data.Gates.Count);
    }

    [Fact]
    public void March_data_set_has_11_Lang_Son_gates_and_in_Cao_Bang_6_border_gates_3_openings_and_2_planned_routes()
    {
        var gates = SeedFiles.March.Gates;
        var caoBang = gates.Where(gate => gate.Province == "Cao Bằng").ToList();

        Assert.Equal(11, gates.Count(gate => gate.Province == "Lạng Sơn"));
        Assert.Equal(6, caoBang.Count(gate => gate.Type is GateType.International or GateType.Main or GateType.Secondary));
        Assert.Equal(3, caoBang.Count(gate => gate.Type == GateType.Opening));
        Assert.Equal(2, caoBang.Count(gate => gate.Type == GateType.ClearanceRoute));
        Assert.Equal(22, gates.Count(gate => gate.Province is "Lạng Sơn" or "Cao Bằng"));
    }

    [Fact]
    public void March_data_set_states_match_section_3()
    {
        var data = SeedFiles.March;
        var notOpen = data.Gates
            .Where(gate => gate.StateOn(SomeDayIn2026) != GateState.Open)
            .ToDictionary(gate => gate.Code, gate => gate.StateOn(SomeDayIn2026));

        Assert.Equal(
            new Dictionary<string, GateState>
            {
                ["LY_VAN"] = GateState.Suspended,
                ["PO_PEO"] = GateState.NotOpenForGoods,
                ["BAN_KHOONG"] = GateState.Planned,
                ["TA_LUNG_II"] = GateState.Planned,
            },
            notOpen);
        Assert.Equal(["PO_PEO"], data.Gates.Where(gate => !gate.AcceptsGoods).Select(gate => gate.Code));
        Assert.Equal(["DONG_DANG_RAIL"], data.Gates.Where(gate => gate.Mode == TransportMode.Rail).Select(gate => gate.Code));
    }

    [Theory]
    [MemberData(nameof(GatesOfEachGateUnit))]
    public void In_March_each_gate_unit_serves_exactly_the_gates_of_section_2(string unitCode, string[] gateCodes)
    {
        var served = SeedFiles.March.GatesServedBy(unitCode, SomeDayIn2026).Select(gate => gate.Code);

        Assert.Equal(gateCodes.Order(), served.Order());
    }

    [Fact]
    public void In_March_teams_serve_no_gates_and_only_the_control_teams_take_referrals()
    {
        var data = SeedFiles.March;
        var teams = data.Units.Where(unit => unit.Kind == UnitKind.Team).ToList();

        Assert.Equal(7, teams.Count);
        Assert.All(teams, team => Assert.Empty(data.GatesServedBy(team.Code, SomeDayIn2026)));
        Assert.Equal(["CONTROL_LS", "CONTROL_CB"], data.Units.Where(unit => unit.AcceptsReferrals).Select(unit => unit.Code));
    }

    [Fact]
    public void Every_unit_is_marked_reconstructed_because_the_official_list_is_not_public()
    {
        Assert.All(SeedFiles.March.Units.Concat(SeedFiles.July.Units), unit => Assert.True(unit.Reconstructed, unit.Code));
    }

    [Fact]
    public void July_data_set_has_11_units_covering_Lang_Son_only()
    {
        var data = SeedFiles.July;

        Assert.Equal(new DateOnly(2025, 7, 1), data.EffectiveFrom);
        Assert.Equal(
            ["HUU_NGHI", "TAN_THANH", "CHI_MA", "COC_NAM", "DONG_DANG_RAIL", "OFFICE", "OPERATIONS", "RISK", "CONTROL_LS", "POST_CLEARANCE", "DRUG_CONTROL"],
            data.Units.Select(unit => unit.Code));
        Assert.Equal(22, data.Gates.Count);
    }

    [Fact]
    public void July_data_set_serves_no_Cao_Bang_gate_and_every_open_Lang_Son_gate()
    {
        var data = SeedFiles.July;

        Assert.All(data.Gates.Where(gate => gate.Province == "Cao Bằng"),
            gate => Assert.Null(data.ServingUnit(gate.Code, SomeDayIn2026)));
        Assert.All(data.Gates.Where(gate => gate.Province == "Lạng Sơn"),
            gate => Assert.NotNull(data.ServingUnit(gate.Code, SomeDayIn2026)));
    }

    [Theory]
    [MemberData(nameof(DataSets))]
    public void Vehicle_classes_are_road_classes_including_VT6(string dataSet)
    {
        var classes = SeedFiles.Load(dataSet).VehicleClasses;

        Assert.NotNull(classes.SingleOrDefault(vehicleClass => vehicleClass.Code == "VT6"));
        Assert.All(classes, vehicleClass => Assert.Equal(TransportMode.Road, vehicleClass.Mode));
    }

    [Fact]
    public void Strict_settings_reject_a_misspelt_property()
    {
        var json = SeedFiles.ReadJson(SeedFiles.March2025).Replace("\"acceptsGoods\"", "\"acceptGoods\"", StringComparison.Ordinal);

        Assert.Throws<JsonException>(() => ReferenceDataJson.Deserialize(json));
    }
}
