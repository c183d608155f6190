using DigitalBorderGate.Domain.Codes;
using DigitalBorderGate.Domain.Validation.Rules;

namespace DigitalBorderGate.Domain.Validation;

public static partial class DeclarationValidator
{
    /// <param name="loadState">Null when the load state itself is invalid (already reported): the goods are then checked as given.</param>
    private static List<GoodsGroup> ValidateGoods(
        IReadOnlyList<GoodsGroupDraft?>? drafts, LoadState? loadState, Direction? direction, CodeLists codes, ErrorCollector errors)
    {
        var groups = new List<GoodsGroup>();
        if (loadState == LoadState.Empty && drafts is { Count: > 0 })
        {
            errors.Add("/goods", ErrorCodes.GoodsNotAllowedWhenEmpty);
            return groups;
        }

        if (drafts is null || drafts.Count == 0)
        {
            if (loadState != LoadState.Empty)
            {
                errors.Add("/goods", ErrorCodes.GoodsRequired);
            }

            return groups;
        }

        if (drafts.Count > DeclarationLimits.MaxGoodsGroups)
        {
            errors.Add("/goods", ErrorCodes.GoodsTooMany, DeclarationLimits.MaxGoodsGroups);
            return groups;
        }

        // Only weights that passed their own check are summed, so that one overweight group is not reported twice.
        var totalKg = 0m;
        for (var i = 0; i < drafts.Count; i++)
        {
            var group = ValidateGroup(drafts[i], $"/goods/{i}", direction, codes, errors, out var weightKg);
            totalKg += weightKg ?? 0m;
            if (group is not null)
            {
                groups.Add(group);
            }
        }

        if (totalKg > Weight.TruckLimitKg)
        {
            errors.Add("/goods", ErrorCodes.WeightTruckLimit, Weight.TruckLimitKg);
        }

        return groups;
    }

    private static GoodsGroup? ValidateGroup(
        GoodsGroupDraft? draft,
        string pointer,
        Direction? direction,
        CodeLists codes,
        ErrorCollector errors,
        out decimal? validWeightKg)
    {
        validWeightKg = null;
        if (draft is null)
        {
            errors.Add(pointer, ErrorCodes.Required);
            return null;
        }

        var hasDeclarationNumber = !IsBlank(draft.CustomsDeclarationNumber);
        var declarationNumber = hasDeclarationNumber
            ? errors.Check($"{pointer}/customsDeclarationNumber", CustomsDeclarationNumber.Validate(draft.CustomsDeclarationNumber, direction))
            : null;
        var weight = Weight.Validate(draft.GrossWeightKg);
        errors.Check($"{pointer}/grossWeightKg", weight);
        validWeightKg = weight.IsValid ? weight.Value : null;

        var items = ValidateItems(draft.Items, $"{pointer}/items", codes.UnitsOfMeasure.CodeSet, errors, out var itemsValid);
        var itemsKg = items.Sum(item => item.WeightKg);
        if (weight.IsValid && itemsValid && itemsKg > weight.Value)
        {
            errors.Add($"{pointer}/items", ErrorCodes.WeightItemsExceedGroup, itemsKg, weight.Value);
            itemsValid = false;
        }

        // Goods already declared in VNACCS are described there; goods not yet declared must be described here.
        if (!hasDeclarationNumber && (draft.Items is null || draft.Items.Count == 0))
        {
            errors.Add($"{pointer}/items", ErrorCodes.ItemsRequired);
            return null;
        }

        var valid = (!hasDeclarationNumber || declarationNumber is not null) && weight.IsValid && itemsValid;
        return valid ? new GoodsGroup(declarationNumber, weight.Value, items) : null;
    }

    private static List<GoodsItem> ValidateItems(
        IReadOnlyList<GoodsItemDraft?>? drafts, string pointer, IReadOnlySet<string> units, ErrorCollector errors, out bool allValid)
    {
        var items = new List<GoodsItem>();
        allValid = true;
        if (drafts is null)
        {
            return items;
        }

        if (drafts.Count > DeclarationLimits.MaxItemsPerGroup)
        {
            errors.Add(pointer, ErrorCodes.ListTooMany, DeclarationLimits.MaxItemsPerGroup);
            allValid = false;
            return items;
        }

        for (var j = 0; j < drafts.Count; j++)
        {
            var item = ValidateItem(drafts[j], $"{pointer}/{j}", units, errors);
            if (item is null)
            {
                allValid = false;
            }
            else
            {
                items.Add(item);
            }
        }

        return items;
    }

    private static GoodsItem? ValidateItem(GoodsItemDraft? draft, string pointer, IReadOnlySet<string> units, ErrorCollector errors)
    {
        if (draft is null)
        {
            errors.Add(pointer, ErrorCodes.Required);
            return null;
        }

        var description = errors.Check($"{pointer}/description", FreeText.Validate(draft.Description, FreeText.DescriptionMaxLength));
        var hsCode = errors.Check($"{pointer}/hsCode", HsCode.Validate(draft.HsCode));
        var quantity = Quantity.Validate(draft.Quantity);
        errors.Check($"{pointer}/quantity", quantity);
        var unit = errors.Check($"{pointer}/unit", UnitCode.Validate(draft.Unit, units));
        var weight = Weight.Validate(draft.WeightKg);
        errors.Check($"{pointer}/weightKg", weight);

        return description is null || hsCode is null || unit is null || !quantity.IsValid || !weight.IsValid
            ? null
            : new GoodsItem(description, hsCode, quantity.Value, unit, weight.Value);
    }
}
