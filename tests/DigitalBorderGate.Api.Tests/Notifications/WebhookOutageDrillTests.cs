using DigitalBorderGate.Api.Notifications;
using DigitalBorderGate.Client;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DigitalBorderGate.Api.Tests.Notifications;

/// <summary>
/// The webhook outage drill: a real receiver on loopback goes down for three minutes while declarations move, then
/// answers again. Time is the application's fake clock, moved one second per dispatcher pass as the dispatcher polls.
/// </summary>
public sealed class WebhookOutageDrillTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private readonly BorderGateApp app = new();
    private WebhookReceiver receiver = null!;

    public async Task InitializeAsync() => receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync()
    {
        await receiver.DisposeAsync();
        app.Dispose();
    }

    [Fact]
    public async Task After_a_three_minute_outage_every_event_arrives_within_a_minute_in_order_and_once()
    {
        var dispatcher = app.Services.GetRequiredService<WebhookDispatcher>();
        var subscribed = await app.As(DemoKey.DeclarantA).PostAsJsonAsync("/api/v1/webhooks",
            new { url = receiver.Url, events = new[] { "declaration.submitted", "declaration.statusChanged" } });
        Assert.Equal(HttpStatusCode.Created, subscribed.StatusCode);
        await receiver.GoDownAsync();

        // Ten trucks declared and moved to the yard during the first minute of the outage: 30 events.
        var outageStarted = app.Clock.GetUtcNow();
        for (var truck = 0; truck < 10; truck++)
        {
            var id = (await app.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission())).Id();
            await app.As(DemoKey.HuuNghiOfficer).ActAsync(id, new { action = "confirmArrival" });
            await app.As(DemoKey.HuuNghiOfficer).ActAsync(id, new { action = "confirmYardEntry" });
            for (var second = 0; second < 6; second++)
            {
                await PassAsync(dispatcher);
            }
        }
        while (app.Clock.GetUtcNow() - outageStarted < TimeSpan.FromMinutes(3))
        {
            await PassAsync(dispatcher);
        }
        Assert.Empty(receiver.Requests);

        await receiver.ComeBackAsync();
        var back = app.Clock.GetUtcNow();
        while (receiver.Requests.Count < 30 && app.Clock.GetUtcNow() - back < TimeSpan.FromMinutes(30))
        {
            await PassAsync(dispatcher);
        }
        var drained = app.Clock.GetUtcNow() - back;
        output.WriteLine($"All 30 events delivered {drained.TotalSeconds:0} s after the receiver answered again.");

        Assert.True(drained <= TimeSpan.FromSeconds(60), $"The last event arrived {drained.TotalSeconds:0} s after the receiver came back.");
        var received = receiver.Requests.Select(r => r.Event()).ToList();
        var deliveryIds = receiver.Requests.Select(r => r.Headers["X-BorderGate-Delivery"]).ToList();
        Assert.Equal(30, deliveryIds.Count);
        Assert.Equal(30, deliveryIds.Distinct().Count());
        foreach (var declaration in received.GroupBy(e => e.Data.DeclarationId))
        {
            Assert.Equal([DeclarationStatus.Submitted, DeclarationStatus.AtGate, DeclarationStatus.InYard], declaration.Select(e => e.Data.ToStatus));
        }
        Assert.Equal(0, await dispatcher.DispatchOnceAsync(CancellationToken.None));
    }

    private async Task PassAsync(WebhookDispatcher dispatcher)
    {
        await dispatcher.DispatchOnceAsync(CancellationToken.None);
        app.Clock.Advance(Poll);
    }
}
