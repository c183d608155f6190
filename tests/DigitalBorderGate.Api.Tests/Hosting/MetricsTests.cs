using System.Net.Http.Headers;
using DigitalBorderGate.Api.Hosting;
using DigitalBorderGate.Client;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalBorderGate.Api.Tests.Hosting;

[Collection(MetricsCollection.Name)]
public sealed class MetricsTests
{
    [Fact]
    public async Task A_scrape_after_a_submission_shows_the_request_histogram_and_the_group_commit()
    {
        using var app = Scrape.App();
        await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid());

        // A request is measured as its response ends, which the client may see a moment earlier.
        var text = await ScrapeFreshAsync(app, text => Scrape.Value(text, "http_server_request_duration_seconds_count",
            "http_route=\"/api/v1/declarations\"", "http_request_method=\"POST\"", "http_response_status_code=\"201\"") == 1);

        Assert.Contains("http_server_request_duration_seconds_bucket{", text);
        Assert.True(Scrape.Value(text, "bordergate_db_group_commit_units_count") >= 1, text);
        Assert.True(Scrape.Value(text, "bordergate_db_group_commit_units_sum") >= 1);
        Assert.True(Scrape.Value(text, "bordergate_db_group_commit_duration_seconds_count") >= 1);
        Assert.Contains("bordergate_db_group_commit_duration_seconds_bucket{", text);
    }

    [Fact]
    public async Task The_scrape_path_answers_only_to_the_scrape_token_and_is_not_in_the_contract()
    {
        using var app = Scrape.App();
        using var client = app.ClientWithKey(null);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/metrics")).StatusCode);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "guess") } };
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(wrong)).StatusCode);
        using var apiKey = app.As(DemoKey.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await apiKey.GetAsync("/metrics")).StatusCode);
        Assert.Contains("# TYPE", await Scrape.ReadAsync(app));

        var contract = await client.GetStringAsync("/openapi/v1.json");
        Assert.DoesNotContain("/metrics", contract);
    }

    [Fact]
    public async Task Without_a_scrape_token_nothing_is_served()
    {
        using var app = BorderGateApp.With(new Dictionary<string, string?> { ["BorderGate:Metrics:Enabled"] = "true" });
        using var client = app.ClientWithKey(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "") } };

        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task The_queue_depth_gauge_equals_the_units_open_count()
    {
        using var app = Scrape.App();
        var declarant = app.Client(DemoKey.DeclarantA);
        for (var i = 0; i < 3; i++)
        {
            await declarant.SubmitDeclarationAsync(Drafts.Valid(gate: "CHI_MA"));
        }
        var counts = (await new BorderGateClient(app.ClientWithKey("dbg_demo_officer_chi_ma")).GetUnitQueueAsync("CHI_MA")).Counts;

        var text = await Scrape.ReadAsync(app);

        Assert.Equal(3, counts["submitted"]);
        Assert.Equal(counts["submitted"], Scrape.Value(text, "bordergate_queue_open_declarations",
            "bordergate_unit_code=\"CHI_MA\"", "bordergate_declaration_status=\"submitted\""));
    }

    [Fact]
    public async Task The_queue_depth_is_read_once_per_cache_period_however_often_scrapes_come()
    {
        using var app = Scrape.App();
        var declarant = app.Client(DemoKey.DeclarantA);
        var depth = app.Services.GetRequiredService<QueueDepth>();
        await declarant.SubmitDeclarationAsync(Drafts.Valid(gate: "CHI_MA"));
        Assert.Equal(1, Submitted(depth));

        await declarant.SubmitDeclarationAsync(Drafts.Valid(gate: "CHI_MA"));
        Assert.Equal(1, Submitted(depth));

        app.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(2, Submitted(depth));
    }

    [Fact]
    public async Task The_outage_gauge_and_refusals_follow_the_database_outage_state()
    {
        using var app = Scrape.App();
        var outages = app.Services.GetRequiredService<DatabaseOutageLog>();
        var before = Scrape.Value(await Scrape.ReadAsync(app), "bordergate_db_outage_refusals_total");

        outages.RequestRefused(new TimeoutException("the database did not answer"));
        var during = await ScrapeFreshAsync(app, text => Scrape.Value(text, "bordergate_db_outage_active") == 1);
        Assert.Equal(before + 1, Scrape.Value(during, "bordergate_db_outage_refusals_total"));

        outages.Answered();
        await ScrapeFreshAsync(app, text => Scrape.Value(text, "bordergate_db_outage_active") == 0);
    }

    private static double Submitted(QueueDepth depth) => depth.Measure()
        .Where(m => m.Tags.ToArray().Any(t => t.Key == "bordergate.unit.code" && (string?)t.Value == "CHI_MA")
            && m.Tags.ToArray().Any(t => t.Key == "bordergate.declaration.status" && (string?)t.Value == "submitted"))
        .Sum(m => m.Value);

    /// <summary>The exporter reuses a scrape's answer for a moment; this asks again, within a bound, until the text shows the change.</summary>
    internal static async Task<string> ScrapeFreshAsync(BorderGateApp app, Func<string, bool> shows)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var text = await Scrape.ReadAsync(app);
            if (shows(text))
            {
                return text;
            }
            await Task.Delay(50);
        }
        throw new Xunit.Sdk.XunitException("The scrape never showed the expected change.");
    }
}
