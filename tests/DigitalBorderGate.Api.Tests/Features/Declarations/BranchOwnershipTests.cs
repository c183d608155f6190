namespace DigitalBorderGate.Api.Tests.Features.Declarations;

/// <summary>A key for an enterprise's tax code covers its branches (NNNNNNNNNN-NNN) for everything it does, by one rule.</summary>
public sealed class BranchOwnershipTests : IClassFixture<BorderGateApp>
{
    private const string Branch = DemoKey.TaxCodeA + "-001";

    private readonly BorderGateApp app;

    public BranchOwnershipTests(BorderGateApp app) => this.app = app;

    private static async Task<List<string>> IdsAsync(HttpClient client, string path) =>
        (await (await client.GetAsync(path)).ReadJsonAsync()).GetProperty("items").EnumerateArray()
            .Select(item => item.TryGetProperty("data", out var data) ? data.GetProperty("declarationId").GetString()! : item.Id())
            .ToList();

    [Fact]
    public async Task An_enterprise_key_submits_reads_searches_follows_and_acts_for_its_branch()
    {
        var enterprise = app.As(DemoKey.DeclarantA);
        var created = await enterprise.SubmitAsync(Bodies.ValidSubmission(taxCode: Branch));
        var id = created.Id();

        Assert.Equal(HttpStatusCode.OK, (await enterprise.GetAsync($"/api/v1/declarations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await enterprise.GetAsync($"/api/v1/declarations/{id}/history")).StatusCode);
        Assert.Contains(id, await IdsAsync(enterprise, "/api/v1/declarations?limit=200"));
        Assert.Contains(id, await IdsAsync(enterprise, $"/api/v1/declarations?referenceNumber={created.GetProperty("referenceNumber").GetString()}"));
        Assert.Contains(id, await IdsAsync(enterprise, "/api/v1/events?limit=200"));
        Assert.Equal("cancelled", (await enterprise.ActAsync(id, new { action = "cancel", note = "Đổi phương tiện" })).Status());

        Assert.Equal(HttpStatusCode.NotFound, (await app.As(DemoKey.DeclarantB).GetAsync($"/api/v1/declarations/{id}")).StatusCode);
        Assert.DoesNotContain(id, await IdsAsync(app.As(DemoKey.DeclarantB), "/api/v1/events?limit=200"));
    }

    [Fact]
    public async Task A_branch_key_covers_its_branch_only()
    {
        var issued = await (await app.As(DemoKey.Admin).PostAsJsonAsync("/api/v1/api-keys", new { role = "declarant", scope = new[] { Branch }, label = "Chi nhánh 001" })).ReadJsonAsync();
        var branchKey = app.ClientWithKey(issued.GetProperty("key").GetString());
        var parent = (await app.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission())).Id();
        var own = (await branchKey.SubmitAsync(Bodies.ValidSubmission(taxCode: Branch))).Id();

        Assert.Equal(HttpStatusCode.OK, (await branchKey.GetAsync($"/api/v1/declarations/{own}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await branchKey.GetAsync($"/api/v1/declarations/{parent}")).StatusCode);
        Assert.DoesNotContain(parent, await IdsAsync(branchKey, "/api/v1/declarations?limit=200"));
        await (await branchKey.PostSubmissionAsync(Bodies.ValidSubmission())).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
