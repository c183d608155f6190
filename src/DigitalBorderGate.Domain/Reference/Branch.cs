namespace DigitalBorderGate.Domain.Reference;

/// <summary>Another customs branch (chi cục), named where it takes over gates or units of this one.</summary>
public sealed record Branch(string Code, string NameVi, string NameEn);
