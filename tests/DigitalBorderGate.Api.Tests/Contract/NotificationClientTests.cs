using DigitalBorderGate.Client;

namespace DigitalBorderGate.Api.Tests.Contract;

/// <summary>The change feed and the webhook operations through the generated client.</summary>
public sealed class NotificationClientTests : WithWebhookReceiver
{
    [Fact]
    public async Task An_integrator_follows_the_feed_and_manages_a_webhook_through_the_client()
    {
        var client = new BorderGateClient(App.As(DemoKey.DeclarantA));
        var webhook = await client.RegisterWebhookAsync(new RegisterWebhookRequest
        {
            Url = new Uri(Receiver.Url),
            Events = [DeclarationEventType.Declaration_submitted, DeclarationEventType.Declaration_statusChanged],
        });
        Assert.StartsWith("whsec_", webhook.Secret);

        var submitted = await App.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission());
        var feed = await client.ListEventsAsync();
        var submittedEvent = Assert.Single(feed.Items, e => e.Data.DeclarationId.ToString() == submitted.Id());
        Assert.Equal(DeclarationEventType.Declaration_submitted, submittedEvent.Type);
        Assert.NotNull(feed.NextCursor);
        Assert.Empty((await client.ListEventsAsync(cursor: feed.NextCursor)).Items);

        Receiver.Status = 500;
        await App.DispatchOnceAsync();
        var deliveries = await client.ListWebhookDeliveriesAsync(webhook.Id, status: DigitalBorderGate.Client.DeliveryStatus.Pending);
        var delivery = Assert.Single(deliveries.Items);
        Assert.Equal(500, delivery.LastStatusCode);

        Receiver.Status = 200;
        await client.RedeliverWebhookDeliveryAsync(webhook.Id, delivery.Id);
        await App.DispatchOnceAsync();
        Assert.Equal(1, (await client.GetWebhookAsync(webhook.Id)).Deliveries!["delivered"]);
        Assert.Single(await client.ListWebhooksAsync() is { } list ? list.Items : []);

        await client.DeleteWebhookAsync(webhook.Id);
        var gone = await Assert.ThrowsAsync<BorderGateApiException<ApiProblem>>(() => client.GetWebhookAsync(webhook.Id));
        Assert.Equal(404, gone.StatusCode);
    }
}
