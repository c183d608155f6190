namespace DigitalBorderGate.Domain.Reference;

/// <summary>
/// A unit of an earlier structure that this data set no longer has, and where its work went: a unit of this set, or
/// another branch that took its gates.
/// </summary>
/// <param name="LastDay">The last day the unit existed.</param>
public sealed record FormerUnit(string Code, string NameVi, string NameEn, DateOnly LastDay, string? SuccessorUnitCode, string? SuccessorBranchCode);
