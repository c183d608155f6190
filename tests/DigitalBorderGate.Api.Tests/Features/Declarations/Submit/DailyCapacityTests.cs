using Dapper;
using DigitalBorderGate.Client;
using Microsoft.Data.Sqlite;

namespace DigitalBorderGate.Api.Tests.Features.Declarations.Submit;

/// <summary>The last reference numbers of a Vietnamese day (the fake clock's 23 November 2026), reached by moving the day's counter.</summary>
public sealed class DailyCapacityTests : IDisposable
{
    private const int Capacity = 9_999_999;
    private readonly BorderGateApp app = new();

    [Fact]
    public async Task Past_the_last_number_of_the_day_submissions_are_503_with_retry_after_and_nothing_is_stored()
    {
        using var client = app.As(DemoKey.DeclarantA);
        await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid());
        await SetIssuedTodayAsync(Capacity - 2);
        var before = await CountRowsAsync();

        // Sent by hand: the refusals are checked for their Retry-After header, which the typed client does not show.
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            client.PostSubmissionAsync(Bodies.ValidSubmission(), Guid.NewGuid().ToString())));

        var created = new List<string>();
        foreach (var response in responses.Where(r => r.StatusCode == HttpStatusCode.Created))
        {
            created.Add((await response.ReadAsAsync<DeclarationResponse>()).ReferenceNumber);
        }
        Assert.Equal(["2611239999998", "2611239999999"], created.Order());
        var refused = responses.Where(r => r.StatusCode != HttpStatusCode.Created).ToList();
        Assert.Equal(4, refused.Count);
        foreach (var response in refused)
        {
            // 10:00 in Vietnam: fourteen hours until its midnight.
            Assert.Equal(TimeSpan.FromHours(14), response.Headers.RetryAfter?.Delta);
            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Equal("urn:bordergate:problem:daily-capacity-reached", problem.GetProperty("type").GetString());
        }
        var after = await CountRowsAsync();
        Assert.Equal(before.Select(count => count + 2), after);
        Assert.Equal(Capacity, await IssuedTodayAsync());
    }

    [Fact]
    public async Task Operators_are_warned_when_four_fifths_of_the_day_are_issued()
    {
        var client = app.Client(DemoKey.DeclarantA);
        await client.SubmitDeclarationAsync(Drafts.Valid());
        await SetIssuedTodayAsync(7_999_998);
        Assert.DoesNotContain(app.Logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("reference numbers of", StringComparison.Ordinal));

        await client.SubmitDeclarationAsync(Drafts.Valid());
        Assert.DoesNotContain(app.Logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("reference numbers of", StringComparison.Ordinal));
        var created = await client.SubmitDeclarationAsync(Drafts.Valid());

        Assert.Equal("2611238000000", created.ReferenceNumber);
        Assert.Contains(app.Logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("8000000 of 9999999 reference numbers of", StringComparison.Ordinal));
    }

    private async Task SetIssuedTodayAsync(int issued)
    {
        await using var connection = await OpenAsync();
        await connection.ExecuteAsync("UPDATE daily_sequences SET last_value = @Issued WHERE name = 'declarations' AND day = '20261123'", new { Issued = issued });
    }

    private async Task<int> IssuedTodayAsync()
    {
        await using var connection = await OpenAsync();
        return await connection.ExecuteScalarAsync<int>("SELECT last_value FROM daily_sequences WHERE name = 'declarations' AND day = '20261123'");
    }

    private async Task<long[]> CountRowsAsync()
    {
        await using var connection = await OpenAsync();
        return await Task.WhenAll(new[] { "declarations", "declaration_history", "outbox_events", "idempotency_records" }
            .Select(table => connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}")));
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(app.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public void Dispose() => app.Dispose();
}
