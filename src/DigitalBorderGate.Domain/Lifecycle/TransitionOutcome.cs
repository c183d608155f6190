using DigitalBorderGate.Domain.Validation;

namespace DigitalBorderGate.Domain.Lifecycle;

/// <summary>What <see cref="TransitionDecider"/> decided.</summary>
public abstract record TransitionOutcome
{
    private protected TransitionOutcome()
    {
    }
}

/// <summary>The action applies: the declaration's progress after it.</summary>
public sealed record TransitionApplied(DeclarationProgress Before, DeclarationProgress After) : TransitionOutcome;

/// <summary>The actor's role never takes this action, in any status (a declarant confirming an arrival, say).</summary>
public sealed record TransitionNotPermitted : TransitionOutcome;

/// <summary>The current status does not allow the action (or not for this actor); these are the ones it allows.</summary>
public sealed record TransitionNotAllowed(IReadOnlyList<DeclarationAction> AllowedActions) : TransitionOutcome;

/// <summary>The action is allowed in this status, but its conditions are not met (a clear before the fee is paid, say).</summary>
public sealed record TransitionRefused(IReadOnlyList<ValidationError> Reasons) : TransitionOutcome;
