using DigitalBorderGate.Api.Retention;
using DigitalBorderGate.Client;

namespace DigitalBorderGate.Api.Tests.Retention;

/// <summary>How a sweep runs: in batches until nothing due is left, and by itself on its interval.</summary>
public sealed class RetentionRunTests
{
    [Fact]
    public async Task More_rows_than_one_batch_are_all_purged_in_one_sweep()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var app = BorderGateApp.With(new Dictionary<string, string?>
        {
            ["BorderGate:Retention:BatchSize"] = "2",
            ["BorderGate:Retention:PauseMilliseconds"] = "0",
        });
        var client = app.Client(DemoKey.DeclarantA);
        await client.RegisterWebhookAsync(new RegisterWebhookRequest { Url = new Uri(receiver.Url), Events = [DeclarationEventType.Declaration_submitted] });
        for (var i = 0; i < 5; i++)
        {
            await client.SubmitDeclarationAsync(Drafts.Valid(), Guid.NewGuid().ToString());
        }
        await app.DispatchUntilIdleAsync();
        app.Clock.Advance(TimeSpan.FromDays(31));

        var purged = await app.SweepAsync();

        Assert.Equal(new RetentionResult(5, 5, 5), purged);
        foreach (var table in new[] { "idempotency_records", "webhook_deliveries", "outbox_events" })
        {
            Assert.Equal(0, await app.RowsAsync(table));
        }
        Assert.Equal(5, await app.RowsAsync("declarations"));
        Assert.Equal(5, await app.RowsAsync("declaration_history"));
    }

    [Fact]
    public async Task The_worker_sweeps_by_itself_on_its_interval()
    {
        using var app = BorderGateApp.With(new Dictionary<string, string?>
        {
            ["BorderGate:Retention:Enabled"] = "true",
            ["BorderGate:Retention:IntervalMinutes"] = "10",
        });
        await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid(), Guid.NewGuid().ToString());
        app.Clock.Advance(TimeSpan.FromHours(25));

        // Each look moves the clock on by one interval, so the worker's wait ends whenever it began; bounded at about 5 s.
        for (var look = 0; look < 200 && await app.RowsAsync("idempotency_records") > 0; look++)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(10));
            await Task.Delay(25);
        }

        Assert.Equal(0, await app.RowsAsync("idempotency_records"));
        Assert.Equal(1, await app.RowsAsync("declarations"));
    }
}
