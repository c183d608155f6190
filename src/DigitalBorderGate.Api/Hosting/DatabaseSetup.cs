using DigitalBorderGate.Api.Settings;
using Microsoft.Data.Sqlite;

namespace DigitalBorderGate.Api.Hosting;

internal static class DatabaseSetup
{
    public const string ConnectionStringName = "BorderGate";

    public static Database Create(IConfiguration configuration, IHostEnvironment environment, BorderGateOptions options)
    {
        DapperTypeHandlers.Register();
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not set.");
        return options.Database.Provider switch
        {
            "Sqlite" => new Database(new SqliteEngine(), ResolveSqlite(connectionString, environment)),
            "SqlServer" => new Database(new SqlServerEngine(), connectionString),
            var other => throw new InvalidOperationException($"BorderGate:Database:Provider '{other}' is not supported; use Sqlite or SqlServer."),
        };
    }

    /// <summary>The folder of the embedded database's file; null for SQL Server or an in-memory database.</summary>
    public static string? LocalDatabaseFolder(IConfiguration configuration, IHostEnvironment environment, BorderGateOptions options) =>
        options.Database.Provider == "Sqlite" && configuration.GetConnectionString(ConnectionStringName) is { } connectionString
            ? new SqliteEngine().LocalFolder(RootSqlite(connectionString, environment).ToString())
            : null;

    private static SqliteConnectionStringBuilder RootSqlite(string connectionString, IHostEnvironment environment)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is not ("" or ":memory:") && builder.Mode != SqliteOpenMode.Memory && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(environment.ContentRootPath, builder.DataSource));
        }
        return builder;
    }

    /// <summary>
    /// A relative SQLite file is placed under the content root. Its folder is created on first start, and it and the
    /// file are readable by the owner only.
    /// </summary>
    private static string ResolveSqlite(string connectionString, IHostEnvironment environment)
    {
        var builder = RootSqlite(connectionString, environment);
        if (builder.DataSource is not ("" or ":memory:") && builder.Mode != SqliteOpenMode.Memory)
        {
            try
            {
                OwnerOnlyFiles.CreateFolder(Path.GetDirectoryName(builder.DataSource)!);
                if (builder.Mode == SqliteOpenMode.ReadWriteCreate)
                {
                    OwnerOnlyFiles.SecureDatabaseFile(builder.DataSource);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Left to the first connection, whose failure makes the API wait (not ready) rather than crash.
            }
        }
        return builder.ToString();
    }
}
