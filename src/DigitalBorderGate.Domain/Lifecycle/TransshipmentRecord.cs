namespace DigitalBorderGate.Domain.Lifecycle;

/// <summary>Goods moved in the yard to a receiving vehicle (sang tải): its plate as normalised, its nationality, the transfer area, and when it was recorded.</summary>
public sealed record TransshipmentRecord(string ReceivingPlateNumber, VehicleNationality ReceivingNationality, string TransferArea, DateTimeOffset? RecordedAt = null);

/// <summary>A transshipment as an officer reports it; null fields are reported as missing.</summary>
public sealed record TransshipmentReport(string? ReceivingPlateNumber, VehicleNationality? ReceivingNationality, string? TransferArea)
{
    /// <summary>The provincial codes a Vietnamese plate may carry (the code list the submission is checked against).</summary>
    public IReadOnlySet<string> VietnamesePlateProvinces { get; init; } = new HashSet<string>();
}
