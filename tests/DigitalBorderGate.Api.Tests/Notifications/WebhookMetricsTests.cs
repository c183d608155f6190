using DigitalBorderGate.Api.Tests.Hosting;
using DigitalBorderGate.Client;

namespace DigitalBorderGate.Api.Tests.Notifications;

[Collection(MetricsCollection.Name)]
public sealed class WebhookMetricsTests : IAsyncLifetime
{
    private readonly BorderGateApp app = Scrape.App();
    private WebhookReceiver receiver = null!;

    public async Task InitializeAsync() => receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync()
    {
        await receiver.DisposeAsync();
        app.Dispose();
    }

    [Fact]
    public async Task The_failure_counter_rises_with_a_failing_receiver_and_the_lag_is_recorded_once_it_answers()
    {
        var owner = app.Client(DemoKey.DeclarantA);
        await owner.RegisterWebhookAsync(new RegisterWebhookRequest { Url = new Uri(receiver.Url), Events = [DeclarationEventType.Declaration_submitted] });
        var before = await Scrape.ReadAsync(app);
        receiver.Status = 500;
        await owner.SubmitDeclarationAsync(Drafts.Valid());

        await app.DispatchOnceAsync();

        var failing = await MetricsTests.ScrapeFreshAsync(app, text =>
            Scrape.Value(text, "bordergate_webhook_delivery_failures_total", "error_type=\"500\"")
            > Scrape.Value(before, "bordergate_webhook_delivery_failures_total", "error_type=\"500\""));
        Assert.Equal(0, Scrape.Value(failing, "bordergate_webhook_delivery_lag_seconds_count"));

        receiver.Status = 200;
        app.Clock.Advance(TimeSpan.FromSeconds(11));
        await app.DispatchUntilIdleAsync();

        var delivered = await MetricsTests.ScrapeFreshAsync(app, text => Scrape.Value(text, "bordergate_webhook_delivery_lag_seconds_count") == 1);
        // The fake clock moved 11 s between the event's commit and its acknowledgement.
        Assert.Equal(11, Scrape.Value(delivered, "bordergate_webhook_delivery_lag_seconds_sum"), precision: 3);
    }
}
