using System.Collections.Concurrent;
using System.Diagnostics;
using DigitalBorderGate.Api.Data;
using DigitalBorderGate.Api.Tests.Hosting;

namespace DigitalBorderGate.Api.Tests.Data;

[Collection(MetricsCollection.Name)]
public sealed class TracingTests
{
    [Fact]
    public async Task A_submission_shows_its_unit_of_work_in_its_trace_and_the_shared_commit_links_to_it()
    {
        var trace = ActivityTraceId.CreateRandom();
        var started = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is DatabaseMetrics.MeterName or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            // Spans are read as they start: their ids, parents and links are all known then.
            ActivityStarted = started.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        using var app = BorderGateApp.With(new Dictionary<string, string?>());
        using var client = app.As(DemoKey.DeclarantA);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/declarations") { Content = System.Net.Http.Json.JsonContent.Create(Drafts.Valid()) };
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");

        (await client.SendAsync(request)).EnsureSuccessStatusCode();

        var requestSpan = Assert.Single(started, span => span.TraceId == trace && span.OperationName == "Microsoft.AspNetCore.Hosting.HttpRequestIn");
        var units = started.Where(span => span.TraceId == trace && span.OperationName == "bordergate.unit_of_work").ToList();
        Assert.NotEmpty(units);
        Assert.All(units, unit =>
        {
            Assert.Equal(requestSpan.SpanId, unit.ParentSpanId);
            var commit = Assert.Single(started, span => span.OperationName == "bordergate.db.group_commit" && span.Links.Any(link => link.Context.SpanId == unit.SpanId));
            Assert.NotEqual(trace, commit.TraceId);
            Assert.Equal("sqlite", commit.GetTagItem("db.system.name"));
        });
    }
}
