using DigitalBorderGate.Client;

namespace DigitalBorderGate.Api.Tests.Infrastructure;

/// <summary>Typed submission drafts, the same valid declaration as <see cref="Bodies"/>; tests change what they are about.</summary>
public static class Drafts
{
    public static DeclarationDraft Valid(string gate = "HUU_NGHI", string taxCode = DemoKey.TaxCodeA, string plate = "12C-123.45", DateTimeOffset? arrival = null) => new()
    {
        Direction = Direction.Import,
        BorderGateCode = gate,
        ExpectedArrivalAt = (arrival ?? BorderGateApp.DefaultNow.AddHours(20)).ToOffset(TimeSpan.FromHours(7)),
        DeclarantTaxCode = taxCode,
        ContactPhone = "+84912345678",
        Vehicle = new VehicleDraft
        {
            PlateNumber = plate,
            Nationality = VehicleNationality.VN,
            VehicleClass = "VT6",
            TrailerPlateNumber = "12R-012.34",
            ContainerNumbers = ["CSQU3054383"],
            SealNumbers = [],
            Driver = new DriverDraft { FullName = "Nguyễn Văn Đức", Phone = "+84987654321", IdentityNumber = "020123456789" },
        },
        Goods =
        [
            new GoodsGroupDraft { CustomsDeclarationNumber = "105123456780", GrossWeightKg = 24500, Items = [] },
            new GoodsGroupDraft
            {
                GrossWeightKg = 1200,
                Items = [new GoodsItemDraft { Description = "Sầu riêng tươi", HsCode = "08106000", Quantity = 1200, Unit = "KGM", WeightKg = 1200 }],
            },
        ],
    };

    /// <summary>
    /// As <see cref="Valid"/>, with every goods group already declared in VNACCS, so the truck can be cleared: an import,
    /// or an export (numbers 3…).
    /// </summary>
    public static DeclarationDraft Declared(string gate = "HUU_NGHI", DateTimeOffset? arrival = null, Direction direction = Direction.Import)
    {
        var draft = Valid(gate: gate, arrival: arrival);
        var prefix = direction == Direction.Export ? "3" : "1";
        draft.Direction = direction;
        draft.Goods!.ElementAt(0).CustomsDeclarationNumber = $"{prefix}05123456780";
        draft.Goods!.ElementAt(1).CustomsDeclarationNumber = $"{prefix}05123456791";
        return draft;
    }
}
