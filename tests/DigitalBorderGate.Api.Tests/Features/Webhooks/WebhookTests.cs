using System.Security.Cryptography;
using System.Text;
using DigitalBorderGate.Api.Notifications;
using DigitalBorderGate.Client;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalBorderGate.Api.Tests.Features.Webhooks;

public sealed class WebhookTests : WithWebhookReceiver
{
    private Task<CreatedWebhook> SubscribeAsync(BorderGateApp target, DemoKey key) =>
        target.Client(key).RegisterWebhookAsync(new RegisterWebhookRequest { Url = new Uri(Receiver.Url), Events = [DeclarationEventType.Declaration_submitted, DeclarationEventType.Declaration_statusChanged, DeclarationEventType.Declaration_amended] });

    [Fact]
    public async Task A_delivery_is_signed_with_the_subscription_secret_and_names_the_event()
    {
        var webhook = await SubscribeAsync(App, DemoKey.DeclarantA);
        var id = (await App.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid())).Id;

        await App.DispatchUntilIdleAsync();

        var delivery = Assert.Single(Receiver.Requests);
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(webhook.Secret), delivery.Body));
        Assert.Equal(expected, delivery.Headers["X-BorderGate-Signature"]);
        Assert.Equal("declaration.submitted", delivery.Headers["X-BorderGate-Event"]);
        var sent = delivery.Event();
        Assert.Equal(delivery.Headers["X-BorderGate-Delivery"], sent.Id.ToString());
        Assert.Equal(id, sent.Data.DeclarationId);
        Assert.Equal(DeclarationStatus.Submitted, sent.Data.ToStatus);
    }

    [Fact]
    public async Task A_failed_delivery_is_retried_with_backoff_when_the_receiver_comes_back()
    {
        var webhook = await SubscribeAsync(App, DemoKey.DeclarantA);
        var owner = App.Client(DemoKey.DeclarantA);
        Receiver.Status = 503;
        await owner.SubmitDeclarationAsync(Drafts.Valid());

        await App.DispatchOnceAsync();
        var pending = (await owner.ListWebhookDeliveriesAsync(webhook.Id)).Items[0];
        Assert.Equal(DigitalBorderGate.Client.DeliveryStatus.Pending, pending.Status);
        Assert.Equal(503, pending.LastStatusCode);
        Assert.Equal(0, await App.DispatchOnceAsync()); // not due before its backoff

        Receiver.Status = 200;
        App.Clock.Advance(TimeSpan.FromSeconds(11));
        await App.DispatchUntilIdleAsync();

        var delivered = (await owner.ListWebhookDeliveriesAsync(webhook.Id)).Items[0];
        Assert.Equal(DigitalBorderGate.Client.DeliveryStatus.Delivered, delivered.Status);
        Assert.Equal(2, delivered.Attempts);
    }

    [Fact]
    public async Task After_the_retry_window_a_delivery_is_failed_visible_to_its_owner_and_redeliverable()
    {
        var webhook = await SubscribeAsync(App, DemoKey.DeclarantA);
        var owner = App.Client(DemoKey.DeclarantA);
        Receiver.Status = 500;
        await owner.SubmitDeclarationAsync(Drafts.Valid());
        await App.DispatchOnceAsync();
        App.Clock.Advance(TimeSpan.FromHours(25));
        await App.DispatchOnceAsync();

        var failed = Assert.Single((await owner.ListWebhookDeliveriesAsync(webhook.Id, status: DigitalBorderGate.Client.DeliveryStatus.Failed)).Items);
        await App.Client(DemoKey.DeclarantB).ListWebhookDeliveriesAsync(webhook.Id).ShouldFailWithAsync(HttpStatusCode.NotFound);

        Receiver.Status = 200;
        await owner.RedeliverWebhookDeliveryAsync(webhook.Id, failed.Id);
        await App.DispatchUntilIdleAsync();
        Assert.Equal(1, (await owner.GetWebhookAsync(webhook.Id)).Deliveries!["delivered"]);
    }

    [Fact]
    public async Task Events_of_one_declaration_arrive_in_order_even_when_the_first_one_needs_a_retry()
    {
        await SubscribeAsync(App, DemoKey.DeclarantA);
        var id = (await App.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid())).Id;
        var officer = App.Client(DemoKey.HuuNghiOfficer);
        await officer.ActAsync(id, "confirmArrival");
        await officer.ActAsync(id, "confirmYardEntry");
        Receiver.Status = 503;
        await App.DispatchOnceAsync();
        Receiver.Status = 200;
        App.Clock.Advance(TimeSpan.FromSeconds(11));

        await App.DispatchUntilIdleAsync();

        var seen = Receiver.Requests.Select(r => (r.Answered, Event: r.Event()))
            .Select(r => (r.Answered, r.Event.Id, To: r.Event.Data.ToStatus)).ToList();
        // While the first event was refused, nothing later was sent; then each arrived once, in order.
        var refused = seen.TakeWhile(r => r.Answered != 200).ToList();
        Assert.NotEmpty(refused);
        Assert.All(refused, r => Assert.Equal(DeclarationStatus.Submitted, r.To));
        var accepted = seen.Where(r => r.Answered == 200).ToList();
        Assert.Equal([DeclarationStatus.Submitted, DeclarationStatus.AtGate, DeclarationStatus.InYard], accepted.Select(a => a.To));
        Assert.Equal(accepted.Select(a => a.Id).Order(), accepted.Select(a => a.Id));
    }

    [Fact]
    public async Task Pending_deliveries_survive_a_restart()
    {
        var folder = BorderGateApp.NewFolder();
        using (var before = new BorderGateApp(null, folder))
        {
            await SubscribeAsync(before, DemoKey.DeclarantA);
            await before.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid());
        }
        using (var after = new BorderGateApp(null, folder))
        {
            await after.DispatchUntilIdleAsync();
        }

        Assert.Single(Receiver.Requests);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Two_dispatchers_on_one_database_never_send_a_delivery_twice()
    {
        await SubscribeAsync(App, DemoKey.DeclarantA);
        var owner = App.Client(DemoKey.DeclarantA);
        for (var i = 0; i < 12; i++)
        {
            await owner.SubmitDeclarationAsync(Drafts.Valid());
        }
        Receiver.Delay = TimeSpan.FromMilliseconds(50);
        var first = App.Dispatcher();
        var second = ActivatorUtilities.CreateInstance<WebhookDispatcher>(App.Services);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => (i % 2 == 0 ? first : second).DispatchOnceAsync(CancellationToken.None)));
        await App.DispatchUntilIdleAsync();

        var ids = Receiver.Requests.Select(r => r.Headers["X-BorderGate-Delivery"]).ToList();
        Assert.Equal(12, ids.Count);
        Assert.Equal(12, ids.Distinct().Count());
    }

    [Fact]
    public async Task A_deleted_subscription_and_a_revoked_keys_subscription_receive_nothing()
    {
        var webhook = await SubscribeAsync(App, DemoKey.DeclarantA);
        await App.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid());
        await App.Client(DemoKey.DeclarantA).DeleteWebhookAsync(webhook.Id);

        var admin = App.Client(DemoKey.Admin);
        var issued = await admin.IssueApiKeyAsync(new IssueApiKeyRequest { Role = PrincipalRole.Declarant, Scope = [DemoKey.TaxCodeB], Label = "soon revoked" });
        await new BorderGateClient(App.ClientWithKey(issued.Key)).RegisterWebhookAsync(new RegisterWebhookRequest { Url = new Uri(Receiver.Url), Events = [DeclarationEventType.Declaration_submitted] });
        await admin.RevokeApiKeyAsync(issued.Id);
        await App.Client(DemoKey.DeclarantB).SubmitDeclarationAsync(Drafts.Valid(taxCode: DemoKey.TaxCodeB));

        await App.DispatchUntilIdleAsync();

        Assert.Empty(Receiver.Requests);
    }

    [Theory]
    [InlineData("http://example.com/hook")]
    [InlineData("https://10.1.2.3/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://192.168.1.10/hook")]
    [InlineData("https://[fd00::1]/hook")]
    [InlineData("https://user:pass@example.com/hook")]
    [InlineData("ftp://example.com/hook")]
    [InlineData("not a url")]
    public async Task A_callback_url_that_could_reach_into_the_network_is_refused(string url)
    {
        var problem = await App.Client(DemoKey.DeclarantA).RegisterWebhookAsync(new RegisterWebhookRequest { Url = new Uri(url, UriKind.RelativeOrAbsolute), Events = [DeclarationEventType.Declaration_submitted] })
            .ShouldFailWithAsync(HttpStatusCode.BadRequest);

        Assert.Equal([("/url", "webhook.urlRefused")], problem.Errors());
    }

    [Fact]
    public async Task Subscriptions_are_private_to_their_key_and_admins_have_none()
    {
        var webhook = await SubscribeAsync(App, DemoKey.DeclarantA);
        var other = App.Client(DemoKey.DeclarantB);

        await other.GetWebhookAsync(webhook.Id).ShouldFailWithAsync(HttpStatusCode.NotFound);
        await other.DeleteWebhookAsync(webhook.Id).ShouldFailWithAsync(HttpStatusCode.NotFound);
        Assert.Empty((await other.ListWebhooksAsync()).Items);
        await App.Client(DemoKey.Admin).RegisterWebhookAsync(new RegisterWebhookRequest { Url = new Uri(Receiver.Url), Events = [DeclarationEventType.Declaration_submitted] })
            .ShouldFailWithAsync(HttpStatusCode.Forbidden);
        // Whether a secret leaks is a question about the raw text, not the model.
        var listed = await (await App.As(DemoKey.DeclarantA).GetAsync("/api/v1/webhooks")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("whsec_", listed);
    }
}
