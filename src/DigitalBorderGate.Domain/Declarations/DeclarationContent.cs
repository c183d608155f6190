namespace DigitalBorderGate.Domain.Declarations;

public enum Direction { Import, Export }

public enum VehicleNationality { VN, CN }

// A truck may cross empty: entering to load an export, or returning after delivering.
public enum LoadState { Laden, Empty }

// A declaration that passed validation: every value normalised (plates without separators, tax codes
// in their canonical form, text NFC-normalised, times in UTC, fee payer defaulted to the declarant). Declarations
// stored before empty trucks were declared read back as laden.
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
    Transshipment? Transshipment,
    LoadState LoadState = LoadState.Laden)
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
