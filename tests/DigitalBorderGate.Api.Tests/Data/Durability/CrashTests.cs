using Dapper;
using Microsoft.Data.Sqlite;

namespace DigitalBorderGate.Api.Tests.Data.Durability;

/// <summary>The API as a process of its own, killed without warning right after it acknowledged a burst of submissions.</summary>
public sealed class CrashTests : IDisposable
{
    private const int Submissions = 48;
    private readonly string folder = BorderGateApp.NewFolder();

    public CrashTests() => Directory.CreateDirectory(folder);

    [Fact]
    public async Task Every_acknowledged_submission_is_stored_after_a_kill_9()
    {
        var database = Path.Combine(folder, "crash.db");
        var acknowledged = new List<(string Id, string ReferenceNumber)>();
        using (var api = await ApiProcess.StartAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__BorderGate"] = $"Data Source={database}",
            ["BorderGate__RateLimit__Burst"] = "100000",
            ["BorderGate__Webhooks__DispatcherEnabled"] = "false",
        }))
        {
            using var client = api.ClientWithKey(DemoKey.DeclarantA);
            var arrival = DateTimeOffset.UtcNow.AddHours(6);
            var responses = await Task.WhenAll(Enumerable.Range(0, Submissions).Select(_ =>
                client.PostSubmissionAsync(Bodies.ValidSubmission(arrival: arrival), Guid.NewGuid().ToString())));
            api.KillAbruptly();

            foreach (var response in responses)
            {
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                var body = await response.ReadJsonAsync();
                acknowledged.Add((body.Id(), body.GetProperty("referenceNumber").GetString()!));
            }
        }

        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        var stored = (await connection.QueryAsync<(string Id, string ReferenceNumber, long History, long Events, long Idempotency)>(
            """
            SELECT d.id, d.reference_number,
                (SELECT COUNT(*) FROM declaration_history h WHERE h.declaration_id = d.id),
                (SELECT COUNT(*) FROM outbox_events e WHERE e.declaration_id = d.id),
                (SELECT COUNT(*) FROM idempotency_records r WHERE r.location = '/api/v1/declarations/' || d.id)
            FROM declarations d
            """)).ToDictionary(row => row.Id, StringComparer.OrdinalIgnoreCase);
        Assert.All(acknowledged, declaration =>
        {
            Assert.True(stored.TryGetValue(declaration.Id, out var row), $"{declaration.ReferenceNumber} was acknowledged but is not stored.");
            Assert.Equal(declaration.ReferenceNumber, row.ReferenceNumber);
            Assert.Equal((1, 1, 1), (row.History, row.Events, row.Idempotency));
        });
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
