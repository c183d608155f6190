using DigitalBorderGate.Domain.Declarations;
using DigitalBorderGate.Domain.Validation;

namespace DigitalBorderGate.Domain.Lifecycle;

/// <summary>Applies one requested action to a declaration's progress, by the lifecycle table and the clearance rules.</summary>
public static class TransitionDecider
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
        var reasons = RequestProblems(request, actor, acceptsReferrals);
        var checks = current.Checks.With(request.Checks);
        if (request.Action == DeclarationAction.Clear)
        {
            reasons.AddRange(ClearanceRules.Unmet(current.Channel, checks));
        }
        if (reasons.Count > 0)
        {
            return new TransitionRefused(reasons);
        }
        var after = request.Action switch
        {
            DeclarationAction.Hold => current with { Status = DeclarationStatus.Held, StatusBeforeHold = current.Status, ReferredToUnitCode = request.ReferToUnitCode },
            DeclarationAction.Release => current with { Status = current.StatusBeforeHold ?? DeclarationStatus.Submitted, StatusBeforeHold = null, ReferredToUnitCode = null },
            DeclarationAction.StartInspection => current with { Status = DeclarationStatus.UnderInspection, Channel = request.Channel },
            _ => current with { Status = rule.To!.Value, StatusBeforeHold = null, ReferredToUnitCode = null },
        };
        return new TransitionApplied(current, after with { Checks = checks });
    }

    private static List<ValidationError> RequestProblems(TransitionRequest request, ActorKind actor, Func<string, bool> acceptsReferrals)
    {
        var problems = new List<ValidationError>();
        if (request.Action == DeclarationAction.StartInspection && request.Channel is null)
        {
            problems.Add(ErrorCatalog.Create("/channel", ErrorCodes.ChannelRequired));
        }
        if (request.Action != DeclarationAction.StartInspection && request.Channel is not null)
        {
            problems.Add(ErrorCatalog.Create("/channel", ErrorCodes.ChannelNotApplicable));
        }
        if (request.ReferToUnitCode is { } referral)
        {
            if (request.Action != DeclarationAction.Hold)
            {
                problems.Add(ErrorCatalog.Create("/referToUnitCode", ErrorCodes.ReferralNotApplicable));
            }
            else if (!acceptsReferrals(referral))
            {
                problems.Add(ErrorCatalog.Create("/referToUnitCode", ErrorCodes.ReferralUnitInvalid, [referral]));
            }
        }
        if (request.Checks is not null && actor == ActorKind.Owner)
        {
            problems.Add(ErrorCatalog.Create("/checks", ErrorCodes.ChecksNotApplicable));
        }
        return problems;
    }
}
