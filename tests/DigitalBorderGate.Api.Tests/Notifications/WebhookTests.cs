using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DigitalBorderGate.Api.Notifications;
using DigitalBorderGate.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalBorderGate.Api.Tests.Notifications;

public sealed class WebhookTests : WithWebhookReceiver
{
    private async Task<(string Id, string Secret)> SubscribeAsync(BorderGateApp target, DemoKey key, string? url = null)
    {
        var response = await target.As(key).PostAsJsonAsync("/api/v1/webhooks", new { url = url ?? Receiver.Url, events = new[] { "declaration.submitted", "declaration.statusChanged", "declaration.amended" } });
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return (body.GetProperty("id").GetString()!, body.GetProperty("secret").GetString()!);
    }

    [Fact]
    public async Task A_delivery_is_signed_with_the_subscription_secret_and_names_the_event()
    {
        var (_, secret) = await SubscribeAsync(App, DemoKey.DeclarantA);
        var id = (await App.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission())).Id();

        await App.DispatchUntilIdleAsync();

        var delivery = Assert.Single(Receiver.Requests);
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), delivery.Body));
        Assert.Equal(expected, delivery.Headers["X-BorderGate-Signature"]);
        Assert.Equal("declaration.submitted", delivery.Headers["X-BorderGate-Event"]);
        var body = JsonDocument.Parse(delivery.Body).RootElement;
        Assert.Equal(delivery.Headers["X-BorderGate-Delivery"], body.GetProperty("id").GetInt64().ToString());
        Assert.Equal(id, body.GetProperty("data").GetProperty("declarationId").GetString());
        Assert.Equal("submitted", body.GetProperty("data").GetProperty("toStatus").GetString());
    }

    [Fact]
    public async Task A_failed_delivery_is_retried_with_backoff_when_the_receiver_comes_back()
    {
        var (webhook, _) = await SubscribeAsync(App, DemoKey.DeclarantA);
        Receiver.Status = 503;
        await App.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission());

        await App.DispatchOnceAsync();
        var pending = (await (await App.As(DemoKey.DeclarantA).GetAsync($"/api/v1/webhooks/{webhook}/deliveries")).ReadJsonAsync()).GetProperty("items")[0];
        Assert.Equal("pending", pending.GetProperty("status").GetString());
        Assert.Equal(503, pending.GetProperty("lastStatusCode").GetInt32());
        Assert.Equal(0, await App.DispatchOnceAsync()); // not due before its backoff

        Receiver.Status = 200;
        App.Clock.Advance(TimeSpan.FromSeconds(11));
        await App.DispatchUntilIdleAsync();

        var delivered = (await (await App.As(DemoKey.DeclarantA).GetAsync($"/api/v1/webhooks/{webhook}/deliveries")).ReadJsonAsync()).GetProperty("items")[0];
        Assert.Equal("delivered", delivered.GetProperty("status").GetString());
        Assert.Equal(2, delivered.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task After_the_retry_window_a_delivery_is_failed_visible_to_its_owner_and_redeliverable()
    {
        var (webhook, _) = await SubscribeAsync(App, DemoKey.DeclarantA);
        Receiver.Status = 500;
        await App.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission());
        await App.DispatchOnceAsync();
        App.Clock.Advance(TimeSpan.FromHours(25));
        await App.DispatchOnceAsync();

        var failed = (await (await App.As(DemoKey.DeclarantA).GetAsync($"/api/v1/webhooks/{webhook}/deliveries?status=failed")).ReadJsonAsync()).GetProperty("items");
        Assert.Equal(1, failed.GetArrayLength());
        await (await App.As(DemoKey.DeclarantB).GetAsync($"/api/v1/webhooks/{webhook}/deliveries")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        Receiver.Status = 200;
        var redeliver = await App.As(DemoKey.DeclarantA).PostAsync($"/api/v1/webhooks/{webhook}/deliveries/{failed[0].GetProperty("id").GetInt64()}/redeliver", null);
        Assert.Equal(HttpStatusCode.Accepted, redeliver.StatusCode);
        await App.DispatchUntilIdleAsync();
        var summary = await (await App.As(DemoKey.DeclarantA).GetAsync($"/api/v1/webhooks/{webhook}")).ReadJsonAsync();
        Assert.Equal(1, summary.GetProperty("deliveries").GetProperty("delivered").GetInt32());
    }

    [Fact]
    public async Task Events_of_one_declaration_arrive_in_order_even_when_the_first_one_needs_a_retry()
    {
        await SubscribeAsync(App, DemoKey.DeclarantA);
        var id = (await App.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission())).Id();
        var officer = App.As(DemoKey.HuuNghiOfficer);
        await officer.ActAsync(id, new { action = "confirmArrival" });
        await officer.ActAsync(id, new { action = "confirmYardEntry" });
        Receiver.Status = 503;
        await App.DispatchOnceAsync();
        Receiver.Status = 200;
        App.Clock.Advance(TimeSpan.FromSeconds(11));

        await App.DispatchUntilIdleAsync();

        var seen = Receiver.Requests.Select(r => (r.Answered, Event: JsonDocument.Parse(r.Body).RootElement))
            .Select(r => (r.Answered, Id: r.Event.GetProperty("id").GetInt64(), To: r.Event.GetProperty("data").GetProperty("toStatus").GetString())).ToList();
        // While the first event was refused, nothing later was sent; then each arrived once, in order.
        var refused = seen.TakeWhile(r => r.Answered != 200).ToList();
        Assert.NotEmpty(refused);
        Assert.All(refused, r => Assert.Equal("submitted", r.To));
        var accepted = seen.Where(r => r.Answered == 200).ToList();
        Assert.Equal(["submitted", "atGate", "inYard"], accepted.Select(a => a.To));
        Assert.Equal(accepted.Select(a => a.Id).Order(), accepted.Select(a => a.Id));
    }

    [Fact]
    public async Task Pending_deliveries_survive_a_restart()
    {
        var folder = BorderGateApp.NewFolder();
        using (var before = new BorderGateApp(null, folder))
        {
            await SubscribeAsync(before, DemoKey.DeclarantA);
            await before.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission());
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
        var owner = App.As(DemoKey.DeclarantA);
        for (var i = 0; i < 12; i++)
        {
            await owner.SubmitAsync(Bodies.ValidSubmission());
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
        var (webhook, _) = await SubscribeAsync(App, DemoKey.DeclarantA);
        await App.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission());
        Assert.Equal(HttpStatusCode.NoContent, (await App.As(DemoKey.DeclarantA).DeleteAsync($"/api/v1/webhooks/{webhook}")).StatusCode);

        var issued = await (await App.As(DemoKey.Admin).PostAsJsonAsync("/api/v1/api-keys", new { role = "declarant", scope = new[] { DemoKey.TaxCodeB }, label = "soon revoked" })).ReadJsonAsync();
        var revokedClient = App.ClientWithKey(issued.GetProperty("key").GetString());
        await revokedClient.PostAsJsonAsync("/api/v1/webhooks", new { url = Receiver.Url, events = new[] { "declaration.submitted" } });
        await App.As(DemoKey.Admin).DeleteAsync($"/api/v1/api-keys/{issued.GetProperty("id").GetString()}");
        await App.As(DemoKey.DeclarantB).SubmitAsync(Bodies.ValidSubmission(taxCode: DemoKey.TaxCodeB));

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
        var response = await App.As(DemoKey.DeclarantA).PostAsJsonAsync("/api/v1/webhooks", new { url, events = new[] { "declaration.submitted" } });

        Assert.Equal([("/url", "webhook.urlRefused")], (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors());
    }

    [Fact]
    public async Task Subscriptions_are_private_to_their_key_and_admins_have_none()
    {
        var (webhook, _) = await SubscribeAsync(App, DemoKey.DeclarantA);

        await (await App.As(DemoKey.DeclarantB).GetAsync($"/api/v1/webhooks/{webhook}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await App.As(DemoKey.DeclarantB).DeleteAsync($"/api/v1/webhooks/{webhook}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await (await App.As(DemoKey.DeclarantB).GetAsync("/api/v1/webhooks")).ReadJsonAsync()).GetProperty("items").GetArrayLength());
        await (await App.As(DemoKey.Admin).PostAsJsonAsync("/api/v1/webhooks", new { url = Receiver.Url, events = new[] { "declaration.submitted" } })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var listed = await (await App.As(DemoKey.DeclarantA).GetAsync("/api/v1/webhooks")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("whsec_", listed);
    }
}
