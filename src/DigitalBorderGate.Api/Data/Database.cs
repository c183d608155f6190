using System.Data.Common;
using Polly;
using Polly.Retry;

namespace DigitalBorderGate.Api.Data;

/// <summary>
/// The one way features reach the database. A write is a unit of work: its statements commit together or not at
/// all; when it fails with a transient error the whole unit runs again, never one statement inside it. Where the
/// dialect groups commits, concurrent units share one transaction, each inside its own savepoint.
/// </summary>
internal sealed class Database
{
    private readonly ResiliencePipeline retry;
    private readonly IUnitOfWorkCommitter committer;

    public Database(DatabaseEngine engine, string connectionString)
    {
        Engine = engine;
        ConnectionString = connectionString;
        retry = new ResiliencePipelineBuilder()
            // However the attempts go, a request learns within this time whether its unit of work happened.
            .AddTimeout(UnitOfWorkTimeout)
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<DbException>(engine.IsTransient).Handle<SharedCommitFailedException>(),
                MaxRetryAttempts = 4,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(50),
            })
            .Build();
        committer = engine.GroupsCommits ? new GroupCommitter(this) : new OwnTransactionCommitter(this);
    }

    /// <summary>The longest a unit of work may run, all attempts included, before the request is told it failed.</summary>
    public static readonly TimeSpan UnitOfWorkTimeout = TimeSpan.FromSeconds(20);

    public DatabaseEngine Engine { get; }

    public SqlDialect Dialect => Engine.Dialect;

    public string ConnectionString { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = Engine.CreateConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await Engine.PrepareConnectionAsync(connection, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> query, CancellationToken cancellationToken) =>
        retry.ExecuteAsync(async token =>
        {
            await using var connection = await OpenAsync(token);
            return await query(connection);
        }, cancellationToken).AsTask();

    public async Task<T> WriteAsync<T>(Func<UnitOfWork, Task<T>> work, CancellationToken cancellationToken)
    {
        using var span = DatabaseMetrics.StartUnitOfWork();
        return await retry.ExecuteAsync(token => new ValueTask<T>(committer.CommitAsync(work, token)), cancellationToken);
    }
}

/// <summary>The connection and transaction of one write; every statement of the unit goes through it.</summary>
internal sealed record UnitOfWork(DbConnection Connection, DbTransaction Transaction, SqlDialect Dialect);
