using DigitalBorderGate.Domain.Validation;
using DigitalBorderGate.Domain.Validation.Rules;

namespace DigitalBorderGate.Domain.Lifecycle;

// Per goods group: each customs declaration gets its channel, its checks and its clearance; the truck is cleared
// once every goods group is.
public static partial class TransitionDecider
{
    private static DeclarationProgress StartInspection(DeclarationProgress current, TransitionRequest request, ErrorCollector errors)
    {
        if (!current.IsLaden)
        {
            return current with { Status = DeclarationStatus.UnderInspection, Channel = request.Channel };
        }
        var selected = Select(current, request, errors);
        var goods = current.Goods.Select((group, index) => selected.Contains(index) ? group with { Channel = request.Channel } : group).ToList();
        return current with { Status = DeclarationStatus.UnderInspection, Goods = goods, Channel = RiskChannels.Strictest(goods.Select(group => group.Channel)) };
    }

    private static DeclarationProgress Clear(DeclarationProgress current, TransitionRequest request, ErrorCollector errors)
    {
        if (!current.IsLaden)
        {
            errors.AddRange(ClearanceRules.Unmet(current.Channel, current.Checks, null));
            return current with { Status = DeclarationStatus.Cleared };
        }
        if (request.CustomsDeclarationNumber is null)
        {
            for (var index = 0; index < current.Goods.Count; index++)
            {
                if (current.Goods[index].CustomsDeclarationNumber is null)
                {
                    errors.Add($"/goods/{index}/customsDeclarationNumber", ErrorCodes.ClearDeclarationNumberMissing, index + 1);
                }
            }
        }
        var selected = Select(current, request, errors);
        foreach (var index in selected.Where(index => !current.Goods[index].Cleared && current.Goods[index].CustomsDeclarationNumber is not null))
        {
            var group = current.Goods[index];
            errors.AddRange(ClearanceRules.Unmet(group.Channel, group.Checks, group.CustomsDeclarationNumber));
        }
        var goods = current.Goods.Select((group, index) => selected.Contains(index) ? group with { Cleared = true } : group).ToList();
        return current with
        {
            Status = goods.All(group => group.Cleared) ? DeclarationStatus.Cleared : DeclarationStatus.UnderInspection,
            Goods = goods,
        };
    }

    private static DeclarationProgress Link(DeclarationProgress current, TransitionRequest request, ErrorCollector errors)
    {
        var number = errors.Check("/customsDeclarationNumber", CustomsDeclarationNumber.Validate(request.CustomsDeclarationNumber, current.Direction));
        if (request.GoodsIndex is not { } index)
        {
            errors.Add("/goodsIndex", ErrorCodes.Required);
            return current;
        }
        if (index < 0 || index >= current.Goods.Count)
        {
            errors.Add("/goodsIndex", ErrorCodes.GoodsIndexUnknown, index);
            return current;
        }
        if (current.Goods[index].CustomsDeclarationNumber is { } linked)
        {
            errors.Add("/goodsIndex", ErrorCodes.GoodsDeclarationAlreadyLinked, linked);
        }
        else if (number is not null && current.Goods.Any(group => group.CustomsDeclarationNumber == number))
        {
            errors.Add("/customsDeclarationNumber", ErrorCodes.GoodsDeclarationDuplicate);
        }
        var goods = current.Goods.Select((group, at) => at == index ? group with { CustomsDeclarationNumber = number } : group).ToList();
        return current with { Goods = goods };
    }

    // The goods groups an action concerns: those under the customs declaration named, or else every one not yet cleared.
    private static HashSet<int> Select(DeclarationProgress current, TransitionRequest request, ErrorCollector errors)
    {
        if (request.CustomsDeclarationNumber is not { } number)
        {
            return [.. current.Goods.Select((group, index) => (group, index)).Where(pair => !pair.group.Cleared).Select(pair => pair.index)];
        }
        var named = current.Goods.Select((group, index) => (group, index)).Where(pair => pair.group.CustomsDeclarationNumber == number).ToList();
        if (named.Count == 0)
        {
            errors.Add("/customsDeclarationNumber", ErrorCodes.GoodsDeclarationUnknown, number);
        }
        else if (named.Any(pair => pair.group.Cleared))
        {
            errors.Add("/customsDeclarationNumber", ErrorCodes.GoodsAlreadyCleared, number);
        }
        return [.. named.Select(pair => pair.index)];
    }
}
