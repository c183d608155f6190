using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;

namespace DigitalBorderGate.Api.Data;

/// <summary>
/// Group commit for an engine with one writer at a time (SQLite): units of work that arrive while a commit is being
/// made wait, and the next writer pass takes them all. Each runs inside its own savepoint of one transaction, so a
/// failing unit rolls back alone and gets its own error; the transaction commits once (one fsync for the group), and
/// only then is each caller answered. A unit never sees part of another: the units before it are complete, the ones
/// after it have not started.
/// </summary>
internal sealed class GroupCommitter(Database database) : IUnitOfWorkCommitter
{
    /// <summary>Bounds how long the first unit of a pass waits for the last one.</summary>
    public const int MaxUnitsPerCommit = 256;

    private const string Savepoint = "unit_of_work";

    private readonly ConcurrentQueue<PendingUnit> waiting = new();
    private int writing;

    public Task<T> CommitAsync<T>(Func<UnitOfWork, Task<T>> work, CancellationToken cancellationToken)
    {
        var pending = new PendingUnit<T>(work, cancellationToken);
        waiting.Enqueue(pending);
        if (Interlocked.CompareExchange(ref writing, 1, 0) == 0)
        {
            // The writer serves every waiting caller, so it carries none of this caller's context (its span, its log scope).
            using (ExecutionContext.SuppressFlow())
            {
                _ = Task.Run(WriteWhileWaitingAsync, CancellationToken.None);
            }
        }
        return pending.Answer.WaitAsync(cancellationToken);
    }

    private async Task WriteWhileWaitingAsync()
    {
        while (true)
        {
            var batch = new List<PendingUnit>();
            while (batch.Count < MaxUnitsPerCommit && waiting.TryDequeue(out var pending))
            {
                if (pending.CancellationToken.IsCancellationRequested)
                {
                    pending.Cancel();
                }
                else
                {
                    batch.Add(pending);
                }
            }
            if (batch.Count > 0)
            {
                await CommitTogetherAsync(batch);
                continue;
            }
            // Hand the writer role back, then look once more: a unit queued just before the hand-back found the role
            // taken and relies on this pass to write it.
            Volatile.Write(ref writing, 0);
            if (waiting.IsEmpty || Interlocked.CompareExchange(ref writing, 1, 0) != 0)
            {
                return;
            }
        }
    }

    private async Task CommitTogetherAsync(List<PendingUnit> batch)
    {
        var done = new List<PendingUnit>(batch.Count);
        var started = Stopwatch.GetTimestamp();
        using var span = DatabaseMetrics.StartGroupCommit("sqlite", batch.Select(pending => pending.Span));
        try
        {
            await using var connection = await database.OpenAsync(CancellationToken.None);
            await using var transaction = await connection.BeginTransactionAsync();
            var unit = new UnitOfWork(connection, transaction, database.Dialect);
            for (var i = 0; i < batch.Count; i++)
            {
                await transaction.SaveAsync(Savepoint);
                try
                {
                    await batch[i].RunAsync(unit);
                    await transaction.ReleaseAsync(Savepoint);
                    done.Add(batch[i]);
                }
                catch (Exception exception)
                {
                    batch[i].Fail(exception);
                    if (!await TryRollBackToSavepointAsync(transaction))
                    {
                        // The engine gave up the whole transaction: nothing of the others is written either.
                        FailAll(done.Concat(batch.Skip(i + 1)), new SharedCommitFailedException(exception));
                        return;
                    }
                }
            }
            await transaction.CommitAsync();
        }
        catch (Exception exception)
        {
            // Opening, beginning or committing failed: no unit of this pass was written.
            FailAll(batch, exception is DbException ? new SharedCommitFailedException(exception) : exception);
            return;
        }
        DatabaseMetrics.RecordGroupCommit(done.Count, Stopwatch.GetElapsedTime(started));
        span?.SetTag("bordergate.db.group_commit.units", done.Count);
        span?.Stop();
        foreach (var pending in done)
        {
            pending.Committed();
        }
    }

    private static async Task<bool> TryRollBackToSavepointAsync(DbTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(Savepoint);
            await transaction.ReleaseAsync(Savepoint);
            return true;
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void FailAll(IEnumerable<PendingUnit> units, Exception exception)
    {
        foreach (var pending in units)
        {
            pending.Fail(exception);
        }
    }
}
