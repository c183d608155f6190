namespace DigitalBorderGate.Api.Tests.Resilience;

/// <summary>Two API processes on one database, as replicas behind a load balancer run.</summary>
public sealed class MultiInstanceTests : IAsyncLifetime
{
    private readonly string folder = BorderGateApp.NewFolder();
    private ApiProcess first = null!;
    private ApiProcess second = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__BorderGate"] = $"Data Source={Path.Combine(folder, "shared.db")}",
            ["BorderGate__Webhooks__AllowLoopback"] = "true",
            ["BorderGate__Webhooks__PollIntervalMilliseconds"] = "50",
            ["BorderGate__RateLimit__Burst"] = "100000",
        };
        first = await ApiProcess.StartAsync(environment);
        second = await ApiProcess.StartAsync(environment);
    }

    public async Task DisposeAsync()
    {
        first.Dispose();
        second.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private static System.Text.Json.Nodes.JsonObject Body() => Bodies.ValidSubmission(arrival: DateTimeOffset.UtcNow.AddHours(6));

    [Fact]
    public async Task Replicas_share_reference_numbers_idempotency_and_webhook_leases()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var clients = new[] { first.ClientWithKey(DemoKey.DeclarantA), second.ClientWithKey(DemoKey.DeclarantA) };
        var subscription = await clients[0].PostAsJsonAsync("/api/v1/webhooks", new { url = receiver.Url, events = new[] { "declaration.submitted" } });
        Assert.Equal(HttpStatusCode.Created, subscription.StatusCode);

        // Reference numbers: unique and consecutive across both processes.
        var created = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => clients[i % 2].SubmitAsync(Body())));
        var sequences = created.Select(c => int.Parse(c.GetProperty("referenceNumber").GetString()![6..])).Order().ToList();
        Assert.Equal(Enumerable.Range(sequences[0], 30), sequences);

        // Idempotency: one key retried on both replicas at once stores one declaration.
        var key = Guid.NewGuid().ToString();
        var body = Body();
        var retries = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => clients[i % 2].PostSubmissionAsync(body, key)));
        Assert.All(retries, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single((await Task.WhenAll(retries.Select(async r => (await r.ReadJsonAsync()).Id()))).Distinct());

        // Webhooks: both replicas dispatch; each of the 31 events arrives exactly once.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (receiver.Requests.Count < 31 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        await Task.Delay(500);
        var deliveries = receiver.Requests.Select(r => r.Headers["X-BorderGate-Delivery"]).ToList();
        Assert.Equal(31, deliveries.Count);
        Assert.Equal(31, deliveries.Distinct().Count());
    }
}
