namespace DigitalBorderGate.Api.Tests.Features.Declarations.Submit;

public sealed class IdempotencyTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public IdempotencyTests(BorderGateApp app) => this.app = app;

    [Fact]
    public async Task A_retry_with_the_same_key_returns_the_first_result_and_stores_nothing_new()
    {
        // A replay is judged on the wire: the same bytes, the same Location and the replay header.
        var client = app.As(DemoKey.DeclarantA);
        var key = Guid.NewGuid().ToString();
        var first = await client.PostSubmissionAsync(Bodies.ValidSubmission(), key);
        var before = await CountAsync(DemoKey.DeclarantA);

        var retry = await client.PostSubmissionAsync(Bodies.ValidSubmission(), key);

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(before, await CountAsync(DemoKey.DeclarantA));
    }

    [Fact]
    public async Task The_same_key_with_a_different_body_is_refused()
    {
        var client = app.Client(DemoKey.DeclarantA);
        var key = Guid.NewGuid().ToString();
        await client.SubmitDeclarationAsync(Drafts.Valid(), key);
        var before = await CountAsync(DemoKey.DeclarantA);

        var problem = await client.SubmitDeclarationAsync(Drafts.Valid(plate: "12C-555.55"), key).ShouldFailWithAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("urn:bordergate:problem:idempotency-key-reused", problem.Type);
        Assert.Equal(before, await CountAsync(DemoKey.DeclarantA));
    }

    [Fact]
    public async Task Concurrent_retries_with_one_key_create_one_declaration()
    {
        var client = app.Client(DemoKey.DeclarantB);
        var key = Guid.NewGuid().ToString();
        var before = await CountAsync(DemoKey.DeclarantB);

        // The client accepts only the documented 201 for a submission, so each retry that returns is a 201.
        var created = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => client.SubmitDeclarationAsync(Drafts.Valid(taxCode: DemoKey.TaxCodeB), key)));

        Assert.Single(created.Select(c => c.Id).Distinct());
        Assert.Equal(before + 1, await CountAsync(DemoKey.DeclarantB));
    }

    [Fact]
    public async Task Keys_are_per_caller_so_two_enterprises_may_use_the_same_key()
    {
        var key = Guid.NewGuid().ToString();

        var a = await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid(), key);
        var b = await app.Client(DemoKey.DeclarantB).SubmitDeclarationAsync(Drafts.Valid(taxCode: DemoKey.TaxCodeB), key);

        Assert.NotEqual(a.Id, b.Id);
    }

    [Fact]
    public async Task A_malformed_key_is_a_400()
    {
        var problem = await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid(), new string('k', 300)).ShouldFailWithAsync(HttpStatusCode.BadRequest);

        Assert.Equal("idempotencyKey.invalid", problem.Errors()[0].Code);
    }

    private async Task<int> CountAsync(DemoKey key) => (await app.Client(key).SearchDeclarationsAsync(limit: 200)).Items.Count;
}
