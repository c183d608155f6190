namespace DigitalBorderGate.Domain.Routing;

/// <summary>A gate open for goods on the requested day and mode, and the unit that would receive the declaration there.</summary>
public sealed record GateAlternative(string Code, string NameVi, string NameEn, string Province, string UnitCode);
