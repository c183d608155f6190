namespace DigitalBorderGate.Api.Features.Declarations;

/// <summary>
/// What became of a write to one declaration: the declaration after it, or why nothing was written. The set is
/// closed: <see cref="DeclarationEndpoint{TRequest}"/> answers each case, and only it.
/// </summary>
internal abstract record DeclarationWriteResult
{
    private DeclarationWriteResult()
    {
    }

    public sealed record Done(DeclarationRecord Declaration) : DeclarationWriteResult;

    /// <summary>No such declaration, or not one the caller may see.</summary>
    public sealed record Hidden : DeclarationWriteResult;

    /// <summary>The caller may see the declaration but not make this change to it.</summary>
    public sealed record Forbidden : DeclarationWriteResult;

    /// <summary>The declaration is no longer at the version the caller expected.</summary>
    public sealed record Stale(int CurrentVersion) : DeclarationWriteResult;

    /// <summary>The caller's role never takes this action.</summary>
    public sealed record NotPermitted(string Action) : DeclarationWriteResult;

    /// <summary>The declaration's status does not allow the action; these are the actions it allows the caller.</summary>
    public sealed record NotAllowed(string Action, IReadOnlyList<string> AllowedActions) : DeclarationWriteResult;

    /// <summary>The action is allowed, but its conditions are not met.</summary>
    public sealed record Refused(IReadOnlyList<ProblemError> Reasons) : DeclarationWriteResult;
}
