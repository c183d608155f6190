using DigitalBorderGate.Domain.Codes;
using DigitalBorderGate.Domain.Tests.Reference;

namespace DigitalBorderGate.Domain.Tests.Validation;

/// <summary>The submission example of the API contract, and the policy the validator tests run under.</summary>
internal static class Drafts
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);

    public static ValidationPolicy Policy(int maxDaysAhead = ValidationPolicy.DefaultMaxDaysAhead) => new(
        Now,
        maxDaysAhead,
        new HashSet<string>(["HUU_NGHI", "TAN_THANH", "TA_LUNG", "LY_VAN"]),
        new HashSet<string>(["VT6", "VT10", "CONT40"]),
        SeedFiles.Codes);

    public static CodeLists Codes => SeedFiles.Codes;

    public static IReadOnlySet<string> PlateProvinces => SeedFiles.Codes.PlateProvinces.CodeSet;

    public static IReadOnlySet<string> IdentityProvinces => SeedFiles.Codes.IdentityProvinces.CodeSet;

    public static IReadOnlySet<string> Units => SeedFiles.Codes.UnitsOfMeasure.CodeSet;

    public static GoodsItemDraft Durian() => new("Sầu riêng tươi", "08106000", 1200m, "KGM", 1200m);

    public static VehicleDraft Vehicle() => new(
        PlateNumber: "12C-123.45",
        Nationality: "VN",
        VehicleClass: "VT6",
        TrailerPlateNumber: "12R-012.34",
        ContainerNumbers: ["CSQU3054383"],
        SealNumbers: [],
        Driver: new DriverDraft("Nguyễn Văn Đức", "+84987654321", "020123456789"));

    public static DeclarationDraft Valid() => new(
        Direction: "import",
        BorderGateCode: "HUU_NGHI",
        ExpectedArrivalAt: "2026-11-24T08:30:00+07:00",
        DeclarantTaxCode: "0100109106",
        FeePayerTaxCode: null,
        ContactPhone: "+84912345678",
        ParkingYard: null,
        Vehicle: Vehicle(),
        Goods:
        [
            new GoodsGroupDraft("105123456780", 24500m, []),
            new GoodsGroupDraft(null, 1200m, [Durian()]),
        ],
        Transshipment: null);

    public static ValidationOutcome Validate(DeclarationDraft draft) => DeclarationValidator.Validate(draft, Policy());

    public static IEnumerable<(string Field, string Code)> Failures(this ValidationOutcome outcome) =>
        outcome.Errors.Select(e => (e.Field, e.Code));
}
