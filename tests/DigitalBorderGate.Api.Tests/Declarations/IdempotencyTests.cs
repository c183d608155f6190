using System.Net;
using DigitalBorderGate.Api.Tests.Infrastructure;

namespace DigitalBorderGate.Api.Tests.Declarations;

public sealed class IdempotencyTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public IdempotencyTests(BorderGateApp app) => this.app = app;

    [Fact]
    public async Task A_retry_with_the_same_key_returns_the_first_result_and_stores_nothing_new()
    {
        var client = app.As(DemoKey.DeclarantA);
        var key = Guid.NewGuid().ToString();
        var first = await client.PostSubmissionAsync(Bodies.ValidSubmission(), key);
        var before = await CountAsync(client);

        var retry = await client.PostSubmissionAsync(Bodies.ValidSubmission(), key);

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(before, await CountAsync(client));
    }

    [Fact]
    public async Task The_same_key_with_a_different_body_is_refused()
    {
        var client = app.As(DemoKey.DeclarantA);
        var key = Guid.NewGuid().ToString();
        await client.SubmitAsync(Bodies.ValidSubmission(), key);
        var before = await CountAsync(client);

        var problem = await (await client.PostSubmissionAsync(Bodies.ValidSubmission(plate: "12C-555.55"), key)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("urn:bordergate:problem:idempotency-key-reused", problem.GetProperty("type").GetString());
        Assert.Equal(before, await CountAsync(client));
    }

    [Fact]
    public async Task Concurrent_retries_with_one_key_create_one_declaration()
    {
        var client = app.As(DemoKey.DeclarantB);
        var key = Guid.NewGuid().ToString();
        var before = await CountAsync(client);

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => client.PostSubmissionAsync(Bodies.ValidSubmission(taxCode: DemoKey.TaxCodeB), key)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.ReadJsonAsync()).GetProperty("id").GetString()));
        Assert.Single(ids.Distinct());
        Assert.Equal(before + 1, await CountAsync(client));
    }

    [Fact]
    public async Task Keys_are_per_caller_so_two_enterprises_may_use_the_same_key()
    {
        var key = Guid.NewGuid().ToString();

        var a = await app.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission(), key);
        var b = await app.As(DemoKey.DeclarantB).SubmitAsync(Bodies.ValidSubmission(taxCode: DemoKey.TaxCodeB), key);

        Assert.NotEqual(a.GetProperty("id").GetString(), b.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_malformed_key_is_a_400()
    {
        var problem = await (await app.As(DemoKey.DeclarantA).PostSubmissionAsync(Bodies.ValidSubmission(), new string('k', 300))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("idempotencyKey.invalid", problem.Errors()[0].Code);
    }

    private static async Task<int> CountAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/declarations?limit=200")).ReadJsonAsync()).GetProperty("items").GetArrayLength();
}
