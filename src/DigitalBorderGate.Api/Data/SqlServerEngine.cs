using System.Data.Common;
using DbUp;
using Microsoft.Data.SqlClient;

namespace DigitalBorderGate.Api.Data;

/// <summary>SQL Server in production: many writers, each unit of work in its own transaction.</summary>
internal sealed class SqlServerEngine : DatabaseEngine
{
    private const int Timeout = -2;
    private const int UniqueConstraintViolation = 2627;
    private const int UniqueIndexViolation = 2601;

    // The numbers SqlClient's own retry logic treats as transient (SqlConfigurableRetryFactory.cs, its default
    // transient error list). A deadlock victim's or timed-out unit of work was rolled back whole, so running it
    // again is safe.
    private static readonly HashSet<int> TransientNumbers =
    [
        1204,  // the instance could not obtain a lock resource
        1205,  // deadlock victim
        1222,  // lock request time-out
        49918, 49919, 49920, // Azure SQL: not enough resources to process the request
        4060,  // cannot open the database requested by the login
        4221,  // read-only secondary: login timed out waiting for redo
        40143, // the service encountered an error processing the request
        40613, // database not currently available
        40501, // the service is currently busy
        40540, // the service encountered an error processing the request
        40197, // the service encountered an error processing the request (failover)
        10929, 10928, // resource limits reached
        10060, 10054, 10053, // network errors: time-out, connection reset, connection aborted
        997,   // connection initialisation incomplete
        233,   // no process is on the other end of the pipe
        64,    // the specified network name is no longer available
        20,    // the instance does not support encryption
        0,     // a transport-level error with no server number
    ];

    public override SqlDialect Dialect { get; } = new SqlServerDialect();

    public override DbConnection CreateConnection(string connectionString) => new SqlConnection(connectionString);

    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqlException { Number: UniqueConstraintViolation or UniqueIndexViolation };

    public override bool IsTransient(DbException exception) =>
        exception is SqlException sql && sql.Errors.Cast<SqlError>().Any(error => error.Number == Timeout || TransientNumbers.Contains(error.Number));

    public override void ApplyMigrations(string connectionString)
    {
        // Creates the database when the login may; a login without that right needs the database made beforehand.
        EnsureDatabase.For.SqlDatabase(connectionString);
        Upgrade(DeployChanges.To.SqlDatabase(connectionString), IsMigration);
    }

    public static bool IsMigration(string resourceName) => resourceName.Contains(".Migrations.SqlServer.", StringComparison.Ordinal);
}
