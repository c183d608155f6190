namespace DigitalBorderGate.Domain.Reference;

/// <summary>
/// One version of the branch's structure: its units, the gates in its area with their dated states, and which unit
/// serves which gate when. Loaded from a seed file; <see cref="ReferenceDataSetCheck"/> vets it.
/// </summary>
/// <param name="Source">Where the values come from and which are reconstructed.</param>
/// <param name="OtherBranches">Other customs branches that took over gates or units of this one.</param>
/// <param name="GateHandovers">Gates in the area that another branch serves, and from when.</param>
/// <param name="FormerUnits">Units of earlier structures that this one no longer has, each naming its successor.</param>
public sealed record ReferenceDataSet(
    string Name,
    string Description,
    DateOnly EffectiveFrom,
    IReadOnlyList<Unit> Units,
    IReadOnlyList<BorderGate> Gates,
    IReadOnlyList<UnitGateAssignment> Assignments,
    IReadOnlyList<VehicleClass> VehicleClasses,
    string? Source = null,
    IReadOnlyList<Branch>? OtherBranches = null,
    IReadOnlyList<GateHandover>? GateHandovers = null,
    IReadOnlyList<FormerUnit>? FormerUnits = null)
{
    public IReadOnlyList<Branch> Branches => OtherBranches ?? [];

    public IReadOnlyList<GateHandover> Handovers => GateHandovers ?? [];

    public IReadOnlyList<FormerUnit> Predecessors => FormerUnits ?? [];

    public Branch? FindBranch(string branchCode) => Branches.FirstOrDefault(branch => branch.Code == branchCode);

    public FormerUnit? FindFormerUnit(string unitCode) => Predecessors.FirstOrDefault(unit => unit.Code == unitCode);

    /// <summary>The handover that gives the gate to another branch on the date, or null.</summary>
    public GateHandover? HandoverOn(string gateCode, DateOnly date) =>
        Handovers.FirstOrDefault(handover => handover.GateCode == gateCode && handover.Covers(date));

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
