using System.Diagnostics;

namespace DigitalBorderGate.Api.Data;

/// <summary>A unit of work waiting for the group writer, and the caller waiting for its answer.</summary>
internal abstract class PendingUnit(CancellationToken cancellationToken)
{
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>The span of the caller's unit of work, so that the shared commit can link to it.</summary>
    public ActivityContext Span { get; } = Activity.Current?.Context ?? default;

    /// <summary>Runs the unit's statements; its result is held back until the shared commit.</summary>
    public abstract Task RunAsync(UnitOfWork unit);

    /// <summary>The shared transaction committed: the unit's result may go out.</summary>
    public abstract void Committed();

    public abstract void Fail(Exception exception);

    public abstract void Cancel();
}

internal sealed class PendingUnit<T>(Func<UnitOfWork, Task<T>> work, CancellationToken cancellationToken) : PendingUnit(cancellationToken)
{
    private readonly TaskCompletionSource<T> answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? result;

    public Task<T> Answer => answer.Task;

    public override async Task RunAsync(UnitOfWork unit) => result = await work(unit);

    public override void Committed() => answer.TrySetResult(result!);

    public override void Fail(Exception exception) => answer.TrySetException(exception);

    public override void Cancel() => answer.TrySetCanceled(CancellationToken);
}
