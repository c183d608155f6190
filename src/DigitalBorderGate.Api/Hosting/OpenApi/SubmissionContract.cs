using System.Reflection;
using DigitalBorderGate.Domain.Validation;
using DigitalBorderGate.Domain.Validation.Rules;

namespace DigitalBorderGate.Api.Hosting.OpenApi;

/// <summary>
/// What the validator (<see cref="DeclarationValidator"/>) enforces on a submission, field by field, for the
/// contract. The domain's drafts stay free of web attributes, so their rules are listed here, from the domain's
/// own constants. A length limit is the longest spelling the validator can accept (separators included), so a
/// client that keeps to the schema is never refused for length; shapes are given where input is not normalised.
/// </summary>
internal static class SubmissionContract
{
    private const int CodeMaxLength = 50;
    private const int PlateMaxLength = 20;
    private const int PhoneMaxLength = 30;
    private const string TaxCodePattern = "^[0-9]{10}(-[0-9]{3})?$";

    private static readonly Dictionary<(Type, string), FieldContractAttribute> Fields = new()
    {
        [(typeof(DeclarationDraft), nameof(DeclarationDraft.Direction))] = new() { Required = true, OneOf = typeof(Direction) },
        [(typeof(DeclarationDraft), nameof(DeclarationDraft.BorderGateCode))] = new() { Required = true, MaxLength = CodeMaxLength },
        [(typeof(DeclarationDraft), nameof(DeclarationDraft.ExpectedArrivalAt))] = new()
        {
            Required = true,
            Format = "date-time",
            MaxLength = 40,
            Description = "With its offset; in the future and at most 30 days ahead (`BorderGate:Declarations:MaxDaysAhead`).",
        },
        [(typeof(DeclarationDraft), nameof(DeclarationDraft.DeclarantTaxCode))] = new() { Required = true, MaxLength = 14, Pattern = TaxCodePattern },
        [(typeof(DeclarationDraft), nameof(DeclarationDraft.FeePayerTaxCode))] = new()
        {
            MaxLength = 14,
            Pattern = TaxCodePattern,
            Description = "The declarant when absent.",
        },
        [(typeof(DeclarationDraft), nameof(DeclarationDraft.ContactPhone))] = new() { Required = true, MaxLength = PhoneMaxLength },
        [(typeof(DeclarationDraft), nameof(DeclarationDraft.ParkingYard))] = new() { MaxLength = FreeText.PlaceMaxLength },
        [(typeof(DeclarationDraft), nameof(DeclarationDraft.Vehicle))] = new() { Required = true },
        [(typeof(DeclarationDraft), nameof(DeclarationDraft.Goods))] = new() { Required = true, MaxItems = DeclarationLimits.MaxGoodsGroups },

        [(typeof(VehicleDraft), nameof(VehicleDraft.PlateNumber))] = new() { Required = true, MaxLength = PlateMaxLength },
        [(typeof(VehicleDraft), nameof(VehicleDraft.Nationality))] = new() { Required = true, OneOf = typeof(VehicleNationality) },
        [(typeof(VehicleDraft), nameof(VehicleDraft.VehicleClass))] = new() { Required = true, MaxLength = CodeMaxLength },
        [(typeof(VehicleDraft), nameof(VehicleDraft.TrailerPlateNumber))] = new() { MaxLength = PlateMaxLength },
        [(typeof(VehicleDraft), nameof(VehicleDraft.ContainerNumbers))] = new() { MaxItems = DeclarationLimits.MaxContainers, ItemMaxLength = 20 },
        [(typeof(VehicleDraft), nameof(VehicleDraft.SealNumbers))] = new() { MaxItems = DeclarationLimits.MaxSeals, ItemMaxLength = 30 },
        [(typeof(VehicleDraft), nameof(VehicleDraft.Driver))] = new() { Required = true },

        [(typeof(DriverDraft), nameof(DriverDraft.FullName))] = new() { Required = true, MaxLength = FreeText.NameMaxLength },
        [(typeof(DriverDraft), nameof(DriverDraft.Phone))] = new() { Required = true, MaxLength = PhoneMaxLength },
        [(typeof(DriverDraft), nameof(DriverDraft.IdentityNumber))] = new() { Required = true, MaxLength = 20 },

        [(typeof(GoodsGroupDraft), nameof(GoodsGroupDraft.CustomsDeclarationNumber))] = new()
        {
            MaxLength = 12,
            Pattern = "^[13][0-9]{11}$",
            Description = "Goods already declared in VNACCS; without it the group lists its `items`.",
        },
        [(typeof(GoodsGroupDraft), nameof(GoodsGroupDraft.GrossWeightKg))] = new()
        {
            Required = true,
            Minimum = 0,
            ExclusiveMinimum = true,
            Maximum = (double)Weight.TruckLimitKg,
        },
        [(typeof(GoodsGroupDraft), nameof(GoodsGroupDraft.Items))] = new() { MaxItems = DeclarationLimits.MaxItemsPerGroup },

        [(typeof(GoodsItemDraft), nameof(GoodsItemDraft.Description))] = new() { Required = true, MaxLength = FreeText.DescriptionMaxLength },
        [(typeof(GoodsItemDraft), nameof(GoodsItemDraft.HsCode))] = new() { Required = true, MaxLength = 8, Pattern = "^[0-9]{8}$" },
        [(typeof(GoodsItemDraft), nameof(GoodsItemDraft.Quantity))] = new()
        {
            Required = true,
            Minimum = 0,
            ExclusiveMinimum = true,
            Maximum = (double)Quantity.Max,
        },
        [(typeof(GoodsItemDraft), nameof(GoodsItemDraft.Unit))] = new() { Required = true, MaxLength = 5 },
        [(typeof(GoodsItemDraft), nameof(GoodsItemDraft.WeightKg))] = new()
        {
            Required = true,
            Minimum = 0,
            ExclusiveMinimum = true,
            Maximum = (double)Weight.TruckLimitKg,
        },

        [(typeof(TransshipmentDraft), nameof(TransshipmentDraft.ReceivingPlateNumber))] = new() { Required = true, MaxLength = PlateMaxLength },
        [(typeof(TransshipmentDraft), nameof(TransshipmentDraft.TransferArea))] = new() { Required = true, MaxLength = FreeText.PlaceMaxLength },
    };

    private static readonly Dictionary<Type, string> Types = new()
    {
        [typeof(DeclarationDraft)] = "A declaration as submitted or amended: the reduced field set of a truck crossing the border.",
        [typeof(Domain.Lifecycle.ChecksUpdate)] = "Check results to record with an action. A check that is absent or null is left as it was; a value replaces it.",
    };

    public static string? DescriptionOf(Type type) => Types.GetValueOrDefault(type);

    public static FieldContractAttribute? Of(PropertyInfo property) =>
        property.DeclaringType is { } type && Fields.TryGetValue((type, property.Name), out var contract) ? contract : null;
}
