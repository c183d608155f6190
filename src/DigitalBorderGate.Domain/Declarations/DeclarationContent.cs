namespace DigitalBorderGate.Domain.Declarations;

public enum Direction { Import, Export }

public enum VehicleNationality { VN, CN }

// A declaration that passed validation: every value normalised (plates without separators, tax codes
// trimmed, text NFC-normalised, times in UTC, fee payer defaulted to the declarant).
public sealed record DeclarationContent(
    Direction Direction,
    string BorderGateCode,
    DateTimeOffset ExpectedArrivalAt,
    string DeclarantTaxCode,
    string FeePayerTaxCode,
    string ContactPhone,
    string? ParkingYard,
    Vehicle Vehicle,
    IReadOnlyList<GoodsGroup> Goods,
    Transshipment? Transshipment)
{
    public decimal TotalGrossWeightKg => Goods.Sum(g => g.GrossWeightKg);
}

public sealed record Vehicle(
    string PlateNumber,
    VehicleNationality Nationality,
    string VehicleClass,
    string? TrailerPlateNumber,
    IReadOnlyList<string> ContainerNumbers,
    IReadOnlyList<string> SealNumbers,
    Driver Driver);

public sealed record Driver(string FullName, string Phone, string IdentityNumber);

public sealed record GoodsGroup(string? CustomsDeclarationNumber, decimal GrossWeightKg, IReadOnlyList<GoodsItem> Items);

public sealed record GoodsItem(string Description, string HsCode, decimal Quantity, string Unit, decimal WeightKg);

public sealed record Transshipment(string ReceivingPlateNumber, string TransferArea);
