namespace DigitalBorderGate.Api.Data;

/// <summary>How units of work reach a commit: each on its own, or several sharing one.</summary>
internal interface IUnitOfWorkCommitter
{
    /// <summary>Runs one unit of work and returns its result once its writes are committed; one attempt, no retry.</summary>
    Task<T> CommitAsync<T>(Func<UnitOfWork, Task<T>> work, CancellationToken cancellationToken);
}

/// <summary>One connection and one transaction per unit of work; the engine groups concurrent commits itself.</summary>
internal sealed class OwnTransactionCommitter(Database database) : IUnitOfWorkCommitter
{
    public async Task<T> CommitAsync<T>(Func<UnitOfWork, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await work(new UnitOfWork(connection, transaction, database.Dialect));
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
