using DigitalBorderGate.Domain.Validation;

namespace DigitalBorderGate.Domain.Lifecycle;

/// <summary>Applies one requested action to a declaration's progress, by the lifecycle table and the clearance rules.</summary>
public static partial class TransitionDecider
{
    /// <param name="acceptsReferrals">Whether a unit code names a unit that takes referrals (a Control team).</param>
    public static TransitionOutcome Decide(DeclarationProgress current, TransitionRequest request, ActorKind actor, Func<string, bool> acceptsReferrals)
    {
        if (!DeclarationLifecycle.Rules.Any(candidate => candidate.Action == request.Action && candidate.By == actor))
        {
            return new TransitionNotPermitted();
        }
        var rule = DeclarationLifecycle.Find(current.Status, request.Action);
        if (rule is null || rule.By != actor)
        {
            return new TransitionNotAllowed(DeclarationLifecycle.AllowedActions(current.Status, actor));
        }
        var errors = new ErrorCollector();
        RequestProblems(request, actor, acceptsReferrals, errors);
        var recorded = RecordChecks(current, request);
        var after = request.Action switch
        {
            DeclarationAction.Hold => recorded with { Status = DeclarationStatus.Held, StatusBeforeHold = current.Status, ReferredToUnitCode = request.ReferToUnitCode },
            DeclarationAction.Release => recorded with { Status = current.StatusBeforeHold ?? DeclarationStatus.Submitted, StatusBeforeHold = null, ReferredToUnitCode = null },
            DeclarationAction.StartInspection => StartInspection(recorded, request, errors),
            DeclarationAction.Clear => Clear(recorded, request, errors),
            DeclarationAction.LinkCustomsDeclaration => Link(recorded, request, errors),
            DeclarationAction.Transship => Transship(recorded, request, errors),
            DeclarationAction.ConfirmExit => Exit(recorded, errors),
            DeclarationAction.TurnBack => TurnBack(recorded, request, errors),
            _ => recorded with { Status = rule.To!.Value, StatusBeforeHold = null, ReferredToUnitCode = null },
        };
        return errors.HasErrors ? new TransitionRefused(errors.Errors) : new TransitionApplied(current, after);
    }

    // Check results sent with an action are recorded whatever the action: on the goods the request names, or on
    // every goods group not yet cleared; the fee and an empty truck's checks are the truck's own.
    private static DeclarationProgress RecordChecks(DeclarationProgress current, TransitionRequest request)
    {
        if (request.Checks is not { } update)
        {
            return current;
        }
        var goods = current.Goods
            .Select(group => group.Cleared || !Concerns(request, group) ? group : group with { Checks = group.Checks.With(update with { FeePaid = null }) })
            .ToList();
        return current with { Checks = current.Checks.With(update), Goods = goods };
    }

    private static bool Concerns(TransitionRequest request, GoodsClearance group) =>
        request.CustomsDeclarationNumber is null || request.Action == DeclarationAction.LinkCustomsDeclaration
        || group.CustomsDeclarationNumber == request.CustomsDeclarationNumber;

    private static DeclarationProgress Exit(DeclarationProgress current, ErrorCollector errors)
    {
        foreach (var unmet in ExitRules.Unmet(current.Checks))
        {
            errors.Add(unmet);
        }
        return current with { Status = DeclarationStatus.Exited };
    }

    private static DeclarationProgress TurnBack(DeclarationProgress current, TransitionRequest request, ErrorCollector errors)
    {
        if (current.Status == DeclarationStatus.Cleared)
        {
            // After clearance a turn-back is the Chinese side refusing an export; it is recorded with its reason.
            if (string.IsNullOrWhiteSpace(request.Note))
            {
                errors.Add("/note", ErrorCodes.TurnBackReasonRequired);
            }
            if (current.Direction == Direction.Import)
            {
                errors.Add("/action", ErrorCodes.TurnBackClearedImport);
            }
        }
        return current with { Status = DeclarationStatus.TurnedBack, StatusBeforeHold = null, ReferredToUnitCode = null };
    }

    private static void RequestProblems(TransitionRequest request, ActorKind actor, Func<string, bool> acceptsReferrals, ErrorCollector errors)
    {
        if (request.Action == DeclarationAction.StartInspection && request.Channel is null)
        {
            errors.Add("/channel", ErrorCodes.ChannelRequired);
        }
        if (request.Action != DeclarationAction.StartInspection && request.Channel is not null)
        {
            errors.Add("/channel", ErrorCodes.ChannelNotApplicable);
        }
        if (request.ReferToUnitCode is { } referral)
        {
            if (request.Action != DeclarationAction.Hold)
            {
                errors.Add("/referToUnitCode", ErrorCodes.ReferralNotApplicable);
            }
            else if (!acceptsReferrals(referral))
            {
                errors.Add("/referToUnitCode", ErrorCodes.ReferralUnitInvalid, referral);
            }
        }
        if (request.Checks is not null && actor == ActorKind.Owner)
        {
            errors.Add("/checks", ErrorCodes.ChecksNotApplicable);
        }
        if (request.CustomsDeclarationNumber is not null
            && request.Action is not (DeclarationAction.StartInspection or DeclarationAction.Clear or DeclarationAction.LinkCustomsDeclaration))
        {
            errors.Add("/customsDeclarationNumber", ErrorCodes.GoodsSelectorNotApplicable);
        }
        if (request.GoodsIndex is not null && request.Action != DeclarationAction.LinkCustomsDeclaration)
        {
            errors.Add("/goodsIndex", ErrorCodes.GoodsSelectorNotApplicable);
        }
        if (request.Transshipment is not null && request.Action != DeclarationAction.Transship)
        {
            errors.Add("/transshipment", ErrorCodes.TransshipmentNotApplicable);
        }
    }
}
