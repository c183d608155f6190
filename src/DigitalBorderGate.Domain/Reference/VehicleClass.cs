namespace DigitalBorderGate.Domain.Reference;

public sealed record VehicleClass(string Code, string NameVi, string NameEn, TransportMode Mode);
