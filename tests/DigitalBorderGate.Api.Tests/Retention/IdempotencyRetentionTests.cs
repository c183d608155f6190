namespace DigitalBorderGate.Api.Tests.Retention;

/// <summary>A first response is kept for its replay window (24 h), then purged; a key reused after that is a new request.</summary>
public sealed class IdempotencyRetentionTests : IDisposable
{
    private readonly BorderGateApp app = new();

    // Valid to arrive both now and a day later (within 30 days, not in the past), so one body can be sent at both times.
    private static System.Text.Json.Nodes.JsonObject Body() => Bodies.ValidSubmission(arrival: BorderGateApp.DefaultNow.AddHours(30));

    [Fact]
    public async Task A_record_past_its_window_is_purged_and_its_key_then_submits_a_new_declaration()
    {
        var client = app.As(DemoKey.DeclarantA);
        var key = Guid.NewGuid().ToString();
        var first = await client.SubmitAsync(Body(), key);
        app.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));

        var purged = await app.SweepAsync();

        Assert.Equal(1, purged.IdempotencyRecords);
        Assert.Equal(0, await app.RowsAsync("idempotency_records"));
        var again = await client.PostSubmissionAsync(Body(), key);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.False(again.Headers.Contains("Idempotent-Replayed"));
        Assert.NotEqual(first.GetProperty("id").GetString(), (await again.ReadAsAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString());
        // The new answer is kept for a window of its own, and replayed within it.
        var retry = await client.PostSubmissionAsync(Body(), key);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(again.Headers.Location, retry.Headers.Location);
    }

    [Fact]
    public async Task A_record_inside_its_window_is_kept_and_still_replays()
    {
        var client = app.As(DemoKey.DeclarantA);
        var key = Guid.NewGuid().ToString();
        var first = await client.PostSubmissionAsync(Body(), key);
        app.Clock.Advance(TimeSpan.FromHours(23));

        var purged = await app.SweepAsync();

        Assert.Equal(0, purged.IdempotencyRecords);
        var retry = await client.PostSubmissionAsync(Body(), key);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(1, await app.RowsAsync("declarations"));
    }

    [Fact]
    public async Task Only_the_records_past_their_window_go()
    {
        var client = app.As(DemoKey.DeclarantA);
        var old = Guid.NewGuid().ToString();
        await client.SubmitAsync(Body(), old);
        app.Clock.Advance(TimeSpan.FromHours(12));
        var young = Guid.NewGuid().ToString();
        var kept = await client.PostSubmissionAsync(Bodies.ValidSubmission(plate: "12C-555.55", arrival: BorderGateApp.DefaultNow.AddHours(30)), young);
        app.Clock.Advance(TimeSpan.FromHours(13));

        await app.SweepAsync();

        Assert.Equal(1, await app.RowsAsync("idempotency_records"));
        var retry = await client.PostSubmissionAsync(Bodies.ValidSubmission(plate: "12C-555.55", arrival: BorderGateApp.DefaultNow.AddHours(30)), young);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(kept.Headers.Location, retry.Headers.Location);
    }

    public void Dispose() => app.Dispose();
}
