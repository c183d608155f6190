using DigitalBorderGate.Domain.Declarations;

namespace DigitalBorderGate.Domain.Lifecycle;

/// <summary>Goods moved in the yard to a receiving vehicle (sang tải): its plate as normalised, its nationality, and the transfer area.</summary>
public sealed record TransshipmentRecord(string ReceivingPlateNumber, VehicleNationality ReceivingNationality, string TransferArea);

/// <summary>A transshipment as an officer reports it; null fields are reported as missing.</summary>
public sealed record TransshipmentReport(string? ReceivingPlateNumber, VehicleNationality? ReceivingNationality, string? TransferArea);
