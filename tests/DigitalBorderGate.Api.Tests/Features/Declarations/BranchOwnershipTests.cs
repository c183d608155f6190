using DigitalBorderGate.Client;

namespace DigitalBorderGate.Api.Tests.Features.Declarations;

/// <summary>A key for an enterprise's tax code covers its branches (NNNNNNNNNN-NNN) for everything it does, by one rule.</summary>
public sealed class BranchOwnershipTests : IClassFixture<BorderGateApp>
{
    private const string Branch = DemoKey.TaxCodeA + "-001";

    private readonly BorderGateApp app;

    public BranchOwnershipTests(BorderGateApp app) => this.app = app;

    private static async Task<List<Guid>> FoundAsync(BorderGateClient client, string? referenceNumber = null) =>
        [.. (await client.SearchDeclarationsAsync(referenceNumber: referenceNumber, limit: 200)).Items.Select(item => item.Id)];

    private static async Task<List<Guid>> FollowedAsync(BorderGateClient client) =>
        [.. (await client.ListEventsAsync(limit: 200)).Items.Select(item => item.Data.DeclarationId)];

    [Fact]
    public async Task An_enterprise_key_submits_reads_searches_follows_and_acts_for_its_branch()
    {
        var enterprise = app.Client(DemoKey.DeclarantA);
        var created = await enterprise.SubmitDeclarationAsync(Drafts.Valid(taxCode: Branch));
        var id = created.Id;

        Assert.Equal(id, (await enterprise.GetDeclarationAsync(id)).Id);
        Assert.NotEmpty((await enterprise.GetDeclarationHistoryAsync(id)).Items);
        Assert.Contains(id, await FoundAsync(enterprise));
        Assert.Contains(id, await FoundAsync(enterprise, created.ReferenceNumber));
        Assert.Contains(id, await FollowedAsync(enterprise));
        var cancelled = await enterprise.ApplyTransitionAsync(id, new ApplyTransitionRequest { Action = DeclarationAction.Cancel, Note = "Đổi phương tiện" });
        Assert.Equal(DeclarationStatus.Cancelled, cancelled.Status);

        await app.Client(DemoKey.DeclarantB).GetDeclarationAsync(id).ShouldFailWithAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain(id, await FollowedAsync(app.Client(DemoKey.DeclarantB)));
    }

    [Fact]
    public async Task A_branch_key_covers_its_branch_only()
    {
        var issued = await app.Client(DemoKey.Admin).IssueApiKeyAsync(new IssueApiKeyRequest { Role = PrincipalRole.Declarant, Scope = [Branch], Label = "Chi nhánh 001" });
        var branchKey = app.Client(new DemoKey(issued.Key));
        var parent = (await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid())).Id;
        var own = (await branchKey.SubmitDeclarationAsync(Drafts.Valid(taxCode: Branch))).Id;

        Assert.Equal(own, (await branchKey.GetDeclarationAsync(own)).Id);
        await branchKey.GetDeclarationAsync(parent).ShouldFailWithAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain(parent, await FoundAsync(branchKey));
        await branchKey.SubmitDeclarationAsync(Drafts.Valid()).ShouldFailWithAsync(HttpStatusCode.Forbidden);
    }
}
