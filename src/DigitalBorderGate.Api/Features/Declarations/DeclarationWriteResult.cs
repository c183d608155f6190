namespace DigitalBorderGate.Api.Features.Declarations;

/// <summary>
/// What became of a write to one declaration: the declaration after it, or why nothing was written. Use cases add
/// their own reasons (a lifecycle decision, a status that no longer allows an amendment).
/// </summary>
public abstract record DeclarationWriteResult
{
    public sealed record Done(DeclarationRecord Declaration) : DeclarationWriteResult;

    public sealed record Hidden : DeclarationWriteResult;

    public sealed record Forbidden : DeclarationWriteResult;

    public sealed record Stale(int CurrentVersion) : DeclarationWriteResult;
}
