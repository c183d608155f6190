namespace DigitalBorderGate.Api.Tests.Resilience;

public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task Without_its_database_the_api_stays_up_answers_503_and_recovers_by_itself()
    {
        var folder = BorderGateApp.NewFolder();
        Directory.CreateDirectory(folder);
        // The database file's folder is taken by a plain file, so no connection can open until it is freed.
        var blocked = Path.Combine(folder, "db");
        await File.WriteAllTextAsync(blocked, "in the way");
        using var app = BorderGateApp.With(new Dictionary<string, string?> { ["ConnectionStrings:BorderGate"] = $"Data Source={Path.Combine(blocked, "bordergate.db")}" });
        var anonymous = app.ClientWithKey(null);
        var declarant = app.As(DemoKey.DeclarantA);

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await anonymous.GetAsync("/health/ready")).StatusCode);
        var refused = await declarant.PostSubmissionAsync(Bodies.ValidSubmission());
        await refused.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal(TimeSpan.FromSeconds(5), refused.Headers.RetryAfter?.Delta);

        File.Delete(blocked);
        Directory.CreateDirectory(blocked);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await anonymous.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/ready")).StatusCode);
        await declarant.SubmitAsync(Bodies.ValidSubmission());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_database_failure_during_a_request_is_a_503_not_a_500()
    {
        var folder = BorderGateApp.NewFolder();
        using var app = new BorderGateApp(null, folder);
        var declarant = app.As(DemoKey.DeclarantA);
        await declarant.SubmitAsync(Bodies.ValidSubmission());

        // The database file disappears under the running API (a lost volume, say).
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        await File.WriteAllTextAsync(folder, "in the way");

        var response = await declarant.GetAsync("/api/v1/declarations");

        await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        File.Delete(folder);
    }

    [Fact]
    public async Task An_unreachable_sql_server_leaves_the_api_live_not_ready_and_answering_503_within_seconds()
    {
        using var app = BorderGateApp.With(new Dictionary<string, string?>
        {
            ["BorderGate:Database:Provider"] = "SqlServer",
            // Port 1 on loopback: nothing listens, so every connection attempt is refused.
            ["ConnectionStrings:BorderGate"] = "Server=tcp:127.0.0.1,1;Database=BorderGate;User ID=bordergate;Password=unused;TrustServerCertificate=True;Connect Timeout=2;ConnectRetryCount=0",
        });
        var anonymous = app.ClientWithKey(null);

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
        var started = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await anonymous.GetAsync("/health/ready")).StatusCode);
        var refused = await app.As(DemoKey.DeclarantA).PostSubmissionAsync(Bodies.ValidSubmission());
        started.Stop();

        await refused.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), $"The answers took {started.Elapsed}.");
    }
}
