namespace DigitalBorderGate.Domain.Reference;

/// <summary>
/// One version of the branch's structure: its units, the gates in its area with their dated states, and which unit
/// serves which gate when. Loaded from a seed file; <see cref="ReferenceDataSetCheck"/> vets it.
/// </summary>
/// <param name="Source">Where the values come from and which are reconstructed.</param>
public sealed record ReferenceDataSet(
    string Name,
    string Description,
    DateOnly EffectiveFrom,
    IReadOnlyList<Unit> Units,
    IReadOnlyList<BorderGate> Gates,
    IReadOnlyList<UnitGateAssignment> Assignments,
    IReadOnlyList<VehicleClass> VehicleClasses,
    string? Source = null)
{
    public Unit? FindUnit(string unitCode) => Units.FirstOrDefault(unit => unit.Code == unitCode);

    public BorderGate? FindGate(string gateCode) => Gates.FirstOrDefault(gate => gate.Code == gateCode);

    public VehicleClass? FindVehicleClass(string code) => VehicleClasses.FirstOrDefault(vehicleClass => vehicleClass.Code == code);

    /// <summary>The assignment that gives the gate to a unit on the date, or null when the branch does not serve it then.</summary>
    public UnitGateAssignment? AssignmentOn(string gateCode, DateOnly date) =>
        Assignments.FirstOrDefault(assignment => assignment.GateCode == gateCode && assignment.Covers(date));

    /// <summary>The unit serving the gate on the date, or null when none does.</summary>
    public Unit? ServingUnit(string gateCode, DateOnly date) =>
        AssignmentOn(gateCode, date) is { } assignment ? FindUnit(assignment.UnitCode) : null;

    /// <summary>The gates assigned to the unit on the date, in the order of <see cref="Gates"/>.</summary>
    public IReadOnlyList<BorderGate> GatesServedBy(string unitCode, DateOnly date) =>
        [.. Gates.Where(gate => AssignmentOn(gate.Code, date)?.UnitCode == unitCode)];
}
