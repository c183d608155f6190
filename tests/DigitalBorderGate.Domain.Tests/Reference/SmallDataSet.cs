namespace DigitalBorderGate.Domain.Tests.Reference;

// Tiny hand-built data sets, so that each test shows exactly the entries its behaviour depends on.
internal static class SmallDataSet
{
    public static readonly DateOnly Start = new(2026, 1, 1);

    public static ReferenceDataSet With(
        IReadOnlyList<Unit>? units = null,
        IReadOnlyList<BorderGate>? gates = null,
        IReadOnlyList<UnitGateAssignment>? assignments = null,
        IReadOnlyList<VehicleClass>? vehicleClasses = null) =>
        new("test", "a small test data set", Start,
            units ?? [GateUnit("ALPHA"), GateUnit("BETA")],
            gates ?? [Gate("ALPHA"), Gate("BETA")],
            assignments ?? [Assign("ALPHA", "ALPHA"), Assign("BETA", "BETA")],
            vehicleClasses ?? [new VehicleClass("VT1", "Xe tải nhẹ", "Light truck", TransportMode.Road)]);

    public static Unit GateUnit(string code) =>
        new(code, $"Hải quan {code}", $"{code} Customs", UnitKind.Gate, false, null, "Lạng Sơn", true);

    public static Unit Team(string code) =>
        new(code, $"Đội {code}", $"{code} Team", UnitKind.Team, false, null, null, true);

    public static BorderGate Gate(string code, params GateStatePeriod[] states) =>
        new(code, $"Cửa khẩu {code}", code, "Lạng Sơn", GateType.Main, TransportMode.Road, null, true,
            states.Length == 0 ? [Period(GateState.Open, Start, null)] : states);

    public static GateStatePeriod Period(GateState state, DateOnly from, DateOnly? to) =>
        new(state, from, to, $"ghi chú {state}", $"note {state}");

    public static UnitGateAssignment Assign(string unitCode, string gateCode, DateOnly? from = null, DateOnly? to = null) =>
        new(unitCode, gateCode, from ?? Start, to);
}
