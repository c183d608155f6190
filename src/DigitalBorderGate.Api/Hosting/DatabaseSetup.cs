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

    /// <summary>A relative SQLite file is placed under the content root, and its folder is created on first start.</summary>
    private static string ResolveSqlite(string connectionString, IHostEnvironment environment)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is not ("" or ":memory:") && builder.Mode != SqliteOpenMode.Memory)
        {
            if (!Path.IsPathRooted(builder.DataSource))
            {
                builder.DataSource = Path.GetFullPath(Path.Combine(environment.ContentRootPath, builder.DataSource));
            }
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
            }
            catch (IOException)
            {
                // Left to the first connection, whose failure makes the API wait (not ready) rather than crash.
            }
        }
        return builder.ToString();
    }
}
