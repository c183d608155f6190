using DigitalBorderGate.Client;
using DeliveryStatus = DigitalBorderGate.Client.DeliveryStatus;

namespace DigitalBorderGate.Api.Tests.Retention;

/// <summary>
/// Events and webhook deliveries are purged 30 days on once nothing needs them: a delivery that is over, then an event
/// no delivery refers to. A pending delivery keeps itself and its event, whatever their age; declarations and their
/// history stay.
/// </summary>
public sealed class EventRetentionTests : WithWebhookReceiver
{
    private static readonly TimeSpan PastTheAge = TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1);

    private Task<CreatedWebhook> SubscribeAsync(DemoKey key) =>
        App.Client(key).RegisterWebhookAsync(new RegisterWebhookRequest
        {
            Url = new Uri(Receiver.Url),
            Events = [DeclarationEventType.Declaration_submitted, DeclarationEventType.Declaration_statusChanged, DeclarationEventType.Declaration_amended],
        });

    private Task<DeclarationResponse> SubmitNowAsync(DemoKey key, string taxCode) =>
        App.Client(key).SubmitDeclarationAsync(Drafts.Valid(taxCode: taxCode, arrival: App.Clock.GetUtcNow().AddHours(20)));

    private async Task<List<(long Id, Guid Declaration)>> FeedAsync(DemoKey key, string? cursor = null) =>
        [.. (await App.Client(key).ListEventsAsync(cursor: cursor, limit: 200)).Items.Select(e => (e.Id, e.Data.DeclarationId))];

    [Fact]
    public async Task Delivered_deliveries_and_their_events_go_after_the_age_and_younger_ones_stay()
    {
        var webhook = await SubscribeAsync(DemoKey.DeclarantA);
        var owner = App.Client(DemoKey.DeclarantA);
        var old = await SubmitNowAsync(DemoKey.DeclarantA, DemoKey.TaxCodeA);
        await App.Client(DemoKey.HuuNghiOfficer).ActAsync(old.Id, "confirmArrival");
        var oldWithoutWebhook = await SubmitNowAsync(DemoKey.DeclarantB, DemoKey.TaxCodeB);
        await App.DispatchUntilIdleAsync();
        var cursorAmongTheOldEvents = (await owner.ListEventsAsync(limit: 1)).NextCursor;
        App.Clock.Advance(PastTheAge);
        var young = await SubmitNowAsync(DemoKey.DeclarantA, DemoKey.TaxCodeA);
        await App.DispatchUntilIdleAsync();

        var purged = await App.SweepAsync();

        Assert.Equal(2, purged.Deliveries);
        Assert.Equal(3, purged.Events);
        var deliveries = (await owner.ListWebhookDeliveriesAsync(webhook.Id)).Items;
        Assert.Equal([young.Id], deliveries.Select(d => d.DeclarationId));
        Assert.Equal(DeliveryStatus.Delivered, deliveries[0].Status);
        Assert.Equal([young.Id], (await FeedAsync(DemoKey.DeclarantA)).Select(e => e.Declaration));
        Assert.Empty(await FeedAsync(DemoKey.DeclarantB));
        // A cursor older than what is kept goes on from the oldest event kept.
        Assert.Equal([young.Id], (await FeedAsync(DemoKey.DeclarantA, cursorAmongTheOldEvents)).Select(e => e.Declaration));
        // Declarations and their history are never purged.
        Assert.Equal(DeclarationStatus.AtGate, (await owner.GetDeclarationAsync(old.Id)).Status);
        Assert.Equal(2, (await owner.GetDeclarationHistoryAsync(old.Id)).Items.Count);
        Assert.Equal(DeclarationStatus.Submitted, (await App.Client(DemoKey.DeclarantB).GetDeclarationAsync(oldWithoutWebhook.Id)).Status);
    }

    [Fact]
    public async Task An_old_event_whose_delivery_is_still_being_retried_stays_and_is_then_delivered()
    {
        var webhook = await SubscribeAsync(DemoKey.DeclarantA);
        var owner = App.Client(DemoKey.DeclarantA);
        Receiver.Status = 400; // not retried within the attempt, so no real waits
        var declaration = await SubmitNowAsync(DemoKey.DeclarantA, DemoKey.TaxCodeA);
        await App.DispatchOnceAsync();
        var retrying = Assert.Single((await owner.ListWebhookDeliveriesAsync(webhook.Id)).Items);
        Assert.Equal((DeliveryStatus.Pending, 1), (retrying.Status, retrying.Attempts));
        App.Clock.Advance(PastTheAge);

        var purged = await App.SweepAsync();

        Assert.Equal((0, 0), (purged.Deliveries, purged.Events));
        Assert.Equal([declaration.Id], (await FeedAsync(DemoKey.DeclarantA)).Select(e => e.Declaration));
        Receiver.Status = 200;
        await App.DispatchUntilIdleAsync();
        var sent = Receiver.Requests.Last(r => r.Answered == 200).Event();
        Assert.Equal(declaration.Id, sent.Data.DeclarationId);
        Assert.Equal(retrying.EventId, sent.Id);
        Assert.Equal(DeliveryStatus.Delivered, Assert.Single((await owner.ListWebhookDeliveriesAsync(webhook.Id)).Items).Status);
        // Once delivered, and as old, nothing needs either of them any more.
        var then = await App.SweepAsync();
        Assert.Equal((1, 1), (then.Deliveries, then.Events));
    }

    [Fact]
    public async Task A_delivery_put_back_in_line_is_kept_with_its_event_until_it_is_old_again()
    {
        var webhook = await SubscribeAsync(DemoKey.DeclarantA);
        var owner = App.Client(DemoKey.DeclarantA);
        Receiver.Status = 400;
        await SubmitNowAsync(DemoKey.DeclarantA, DemoKey.TaxCodeA);
        await App.DispatchOnceAsync();
        App.Clock.Advance(TimeSpan.FromHours(25));
        await App.DispatchOnceAsync();
        var failed = Assert.Single((await owner.ListWebhookDeliveriesAsync(webhook.Id, status: DeliveryStatus.Failed)).Items);
        App.Clock.Advance(PastTheAge);
        await owner.RedeliverWebhookDeliveryAsync(webhook.Id, failed.Id);

        var purged = await App.SweepAsync();

        Assert.Equal((0, 0), (purged.Deliveries, purged.Events));
        Receiver.Status = 200;
        await App.DispatchUntilIdleAsync();
        Assert.Equal(DeliveryStatus.Delivered, Assert.Single((await owner.ListWebhookDeliveriesAsync(webhook.Id)).Items).Status);
        Assert.Equal(1, await App.RowsAsync("outbox_events"));
        App.Clock.Advance(PastTheAge);
        var then = await App.SweepAsync();
        Assert.Equal((1, 1), (then.Deliveries, then.Events));
    }
}
