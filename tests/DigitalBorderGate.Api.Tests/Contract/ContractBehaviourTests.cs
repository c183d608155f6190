using System.Net.Http.Headers;

namespace DigitalBorderGate.Api.Tests.Contract;

/// <summary>What the contract promises about the wire, beyond the shapes of bodies: how common clients are served.</summary>
public sealed class ContractBehaviourTests(BorderGateApp app) : IClassFixture<BorderGateApp>
{
    /// <summary>An empty body of unknown length (no Content-Length): what fetch wrappers and gateways send with every request.</summary>
    private sealed class EmptyJsonWithoutLength : HttpContent
    {
        public EmptyJsonWithoutLength() => Headers.ContentType = new MediaTypeHeaderValue("application/json");

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => Task.CompletedTask;

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    [Theory]
    [InlineData("/api/v1/declarations")]
    [InlineData("/api/v1/units")]
    [InlineData("/api/v1/units/HUU_NGHI")]
    [InlineData("/api/v1/units/HUU_NGHI/queue")]
    [InlineData("/api/v1/border-gates")]
    [InlineData("/api/v1/events")]
    [InlineData("/api/v1/webhooks")]
    [InlineData("/api/v1/statistics/dwell-times")]
    public async Task A_get_that_says_its_body_is_json_is_answered_as_a_get(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path) { Content = new EmptyJsonWithoutLength() };

        var response = await app.As(DemoKey.HuuNghiOfficer).SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_declaration_read_with_a_json_content_type_is_answered_as_a_get()
    {
        var submitted = await app.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission(plate: "12C-640.01"));
        foreach (var path in new[] { $"/api/v1/declarations/{submitted.Id()}", $"/api/v1/declarations/{submitted.Id()}/history" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path) { Content = new EmptyJsonWithoutLength() };
            Assert.Equal(HttpStatusCode.OK, (await app.As(DemoKey.DeclarantA).SendAsync(request)).StatusCode);
        }
    }

    [Fact]
    public async Task The_document_carries_an_etag_and_an_unchanged_one_is_304()
    {
        var client = app.CreateClient();
        var first = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_sample_submission_of_the_document_is_accepted_as_it_stands()
    {
        using var document = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"));
        var example = document.RootElement.GetProperty("paths").GetProperty("/api/v1/declarations").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example");

        var response = await app.As(DemoKey.DeclarantA).PostSubmissionAsync(System.Text.Json.Nodes.JsonNode.Parse(example.GetRawText())!);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"\"{(await response.ReadJsonAsync()).GetProperty("version").GetInt32()}\"", response.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task A_query_fault_names_its_parameter_and_lists_the_allowed_values()
    {
        var problem = await (await app.As(DemoKey.HuuNghiOfficer).GetAsync("/api/v1/units/HUU_NGHI/queue?status=parked")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal("status", error.GetProperty("field").GetString());
        Assert.Equal("query", error.GetProperty("in").GetString());
        Assert.Contains("atGate", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("turnedBack", error.GetProperty("messageVi").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Header_path_and_body_faults_say_where_they_were()
    {
        var declarant = app.As(DemoKey.DeclarantA);

        var header = await (await declarant.PostSubmissionAsync(Bodies.ValidSubmission(), idempotencyKey: "has spaces"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var headerError = Assert.Single(header.GetProperty("errors").EnumerateArray());
        Assert.Equal(("Idempotency-Key", "header"), (headerError.GetProperty("field").GetString(), headerError.GetProperty("in").GetString()));

        var path = await (await declarant.GetAsync("/api/v1/declarations/not-a-guid")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var pathError = Assert.Single(path.GetProperty("errors").EnumerateArray());
        Assert.Equal(("id", "path"), (pathError.GetProperty("field").GetString(), pathError.GetProperty("in").GetString()));

        var body = await (await declarant.PostSubmissionAsync(new System.Text.Json.Nodes.JsonObject { ["direction"] = "sideways" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.All(body.GetProperty("errors").EnumerateArray(), e =>
        {
            Assert.Equal("body", e.GetProperty("in").GetString());
            Assert.StartsWith("/", e.GetProperty("field").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Dwell_times_read_a_date_alone_as_the_day_in_vietnam()
    {
        var dwell = await (await app.As(DemoKey.BranchOfficer).GetAsync("/api/v1/statistics/dwell-times?from=2026-11-20&to=2026-11-23")).ReadJsonAsync();

        Assert.Equal(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.FromHours(7)), dwell.GetProperty("from").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.FromHours(7)), dwell.GetProperty("to").GetDateTimeOffset());
    }
}
