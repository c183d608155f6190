using System.Security.Cryptography;
using System.Text;
using DigitalBorderGate.Client;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace DigitalBorderGate.Api.Tests.Notifications;

/// <summary>
/// The webhook drill across a crash: the API runs as a process of its own with its dispatcher on, the receiver is down
/// while declarations move, the API is killed (SIGKILL) and started again on the same database with the receiver up.
/// Every event arrives once, in order per declaration, signed with the secret the key ring beside the database guards.
/// </summary>
public sealed class WebhookRestartDrillTests(ITestOutputHelper output) : IAsyncLifetime
{
    // Three declarations fail three tries each (one attempt with its two quick retries) before the kill: below the
    // circuit breaker's minimum throughput, so the deliveries wait in the retry schedule, not behind an open breaker.
    private const int Declarations = 3;
    private const int Events = Declarations * 3;

    private readonly string folder = BorderGateApp.NewFolder();
    private WebhookReceiver receiver = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        receiver = await WebhookReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await receiver.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["ConnectionStrings__BorderGate"] = $"Data Source={Path.Combine(folder, "drill.db")}",
        ["BorderGate__Webhooks__AllowLoopback"] = "true",
        ["BorderGate__Webhooks__PollIntervalMilliseconds"] = "100",
        ["BorderGate__RateLimit__Burst"] = "100000",
    };

    /// <summary>Asks again every 100 ms until the condition holds; fails after <paramref name="bound"/>.</summary>
    private static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan bound, string what)
    {
        var deadline = DateTime.UtcNow + bound;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not within {bound.TotalSeconds:0} s: {what}.");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Events_pending_at_a_kill_9_are_delivered_once_each_and_in_order_after_the_restart()
    {
        await receiver.GoDownAsync();
        CreatedWebhook webhook;
        using (var api = await ApiProcess.StartAsync(Environment()))
        {
            var declarant = new BorderGateClient(api.ClientWithKey(DemoKey.DeclarantA));
            var officer = new BorderGateClient(api.ClientWithKey(DemoKey.HuuNghiOfficer));
            webhook = await declarant.RegisterWebhookAsync(new RegisterWebhookRequest
            {
                Url = new Uri(receiver.Url),
                Events = [DeclarationEventType.Declaration_submitted, DeclarationEventType.Declaration_statusChanged],
            });
            for (var truck = 0; truck < Declarations; truck++)
            {
                var id = (await declarant.SubmitDeclarationAsync(Drafts.Valid(arrival: DateTimeOffset.UtcNow.AddHours(6)))).Id;
                await officer.ActAsync(id, "confirmArrival");
                await officer.ActAsync(id, "confirmYardEntry");
            }
            // The dispatcher has tried the first event of each declaration at the receiver that is down.
            await UntilAsync(async () => (await declarant.ListWebhookDeliveriesAsync(webhook.Id)).Items.Count(d => d.Attempts > 0) == Declarations,
                TimeSpan.FromSeconds(60), "every declaration's first delivery tried once");
            api.KillAbruptly();
        }
        Assert.Empty(receiver.Requests);

        await receiver.ComeBackAsync();
        var restarted = DateTime.UtcNow;
        using (var api = await ApiProcess.StartAsync(Environment()))
        {
            var declarant = new BorderGateClient(api.ClientWithKey(DemoKey.DeclarantA));
            // Bounded past a lease the killed process may have held (two minutes); the retry schedule's first step is 10 s.
            await UntilAsync(async () => (await declarant.GetWebhookAsync(webhook.Id)).Deliveries!.TryGetValue("delivered", out var delivered) && delivered == Events,
                TimeSpan.FromMinutes(3), $"all {Events} deliveries recorded as delivered");
        }
        output.WriteLine($"All {Events} events delivered {(DateTime.UtcNow - restarted).TotalSeconds:0} s after the restart began.");

        var received = receiver.Requests.ToList();
        Assert.Equal(Events, received.Count);
        Assert.All(received.GroupBy(r => r.Headers["X-BorderGate-Delivery"]), delivery => Assert.Single(delivery));
        Assert.All(received, r => Assert.Equal(
            "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(webhook.Secret), r.Body)), r.Headers["X-BorderGate-Signature"]));
        foreach (var declaration in received.Select(r => r.Event()).GroupBy(e => e.Data.DeclarationId))
        {
            Assert.Equal([DeclarationStatus.Submitted, DeclarationStatus.AtGate, DeclarationStatus.InYard], declaration.Select(e => e.Data.ToStatus));
        }
    }
}
