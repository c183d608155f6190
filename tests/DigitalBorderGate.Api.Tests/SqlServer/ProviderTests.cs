using Microsoft.Data.SqlClient;

namespace DigitalBorderGate.Api.Tests.SqlServer;

/// <summary>
/// The same flows through the HTTP API on each provider: SQLite always, SQL Server when
/// BORDERGATE_TEST_SQLSERVER names one (each test then works in a database of its own, dropped afterwards).
/// </summary>
public sealed class ProviderTests
{
    [Fact]
    public Task Sqlite_submit_read_search_amend() => OnSqliteAsync(StoreScenarios.SubmitReadSearchAmendAsync);

    [Fact]
    public Task Sqlite_transitions_queue_and_feeds() => OnSqliteAsync(StoreScenarios.TransitionQueueFeedAsync);

    [Fact]
    public Task Sqlite_keys_and_webhooks() => OnSqliteAsync(WithReceiver(StoreScenarios.KeysAndWebhooksAsync));

    [SqlServerFact]
    public Task SqlServer_submit_read_search_amend() => OnSqlServerAsync(StoreScenarios.SubmitReadSearchAmendAsync);

    [SqlServerFact]
    public Task SqlServer_transitions_queue_and_feeds() => OnSqlServerAsync(StoreScenarios.TransitionQueueFeedAsync);

    [SqlServerFact]
    public Task SqlServer_keys_and_webhooks() => OnSqlServerAsync(WithReceiver(StoreScenarios.KeysAndWebhooksAsync));

    private static Func<BorderGateApp, Task> WithReceiver(Func<BorderGateApp, string, Task> scenario) => async app =>
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await scenario(app, receiver.Url);
    };

    private static async Task OnSqliteAsync(Func<BorderGateApp, Task> scenario)
    {
        using var app = new BorderGateApp();
        await scenario(app);
    }

    private static async Task OnSqlServerAsync(Func<BorderGateApp, Task> scenario)
    {
        var database = new SqlConnectionStringBuilder(SqlServerFactAttribute.ConnectionString) { InitialCatalog = $"bordergate_test_{Guid.NewGuid():N}" };
        try
        {
            using var app = BorderGateApp.With(new Dictionary<string, string?>
            {
                ["BorderGate:Database:Provider"] = "SqlServer",
                ["ConnectionStrings:BorderGate"] = database.ConnectionString,
            });
            await scenario(app);
        }
        finally
        {
            SqlConnection.ClearAllPools();
            var master = new SqlConnectionStringBuilder(database.ConnectionString) { InitialCatalog = "master" };
            await using var connection = new SqlConnection(master.ConnectionString);
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = $"IF DB_ID(N'{database.InitialCatalog}') IS NOT NULL BEGIN ALTER DATABASE [{database.InitialCatalog}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{database.InitialCatalog}]; END";
            await drop.ExecuteNonQueryAsync();
        }
    }
}
