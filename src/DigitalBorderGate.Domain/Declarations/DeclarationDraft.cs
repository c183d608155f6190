namespace DigitalBorderGate.Domain.Declarations;

// The submission as received. Every field is nullable and loosely typed so that the validator can report
// every problem at once instead of the deserializer stopping at the first.
public sealed record DeclarationDraft(
    string? Direction,
    string? BorderGateCode,
    string? ExpectedArrivalAt,
    string? DeclarantTaxCode,
    string? FeePayerTaxCode,
    string? ContactPhone,
    string? ParkingYard,
    VehicleDraft? Vehicle,
    IReadOnlyList<GoodsGroupDraft?>? Goods,
    TransshipmentDraft? Transshipment,
    string? LoadState = null);

public sealed record VehicleDraft(
    string? PlateNumber,
    string? Nationality,
    string? VehicleClass,
    string? TrailerPlateNumber,
    IReadOnlyList<string?>? ContainerNumbers,
    IReadOnlyList<string?>? SealNumbers,
    DriverDraft? Driver);

public sealed record DriverDraft(string? FullName, string? Phone, string? IdentityNumber);

public sealed record GoodsGroupDraft(string? CustomsDeclarationNumber, decimal? GrossWeightKg, IReadOnlyList<GoodsItemDraft?>? Items);

public sealed record GoodsItemDraft(string? Description, string? HsCode, decimal? Quantity, string? Unit, decimal? WeightKg);

public sealed record TransshipmentDraft(string? ReceivingPlateNumber, string? TransferArea);
