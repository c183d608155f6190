namespace DigitalBorderGate.Api.Tests.Features.Declarations.Get;

public sealed class AllowedActionsTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public AllowedActionsTests(BorderGateApp app) => this.app = app;

    private async Task<string[]> AllowedAsync(DemoKey key, Guid id) =>
        [.. (await app.Client(key).GetDeclarationAsync(id)).AllowedActions!];

    [Fact]
    public async Task Reading_a_declaration_lists_exactly_what_the_caller_may_do_in_its_status()
    {
        var id = (await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid())).Id;

        Assert.Equal(["confirmArrival", "hold", "reject"], await AllowedAsync(DemoKey.HuuNghiOfficer, id));
        // The declarant may link a customs declaration number to goods declared without one until clearance.
        Assert.Equal(["cancel", "linkCustomsDeclaration"], await AllowedAsync(DemoKey.DeclarantA, id));
        Assert.Empty(await AllowedAsync(DemoKey.BranchOfficer, id));

        await app.Client(DemoKey.HuuNghiOfficer).ActAsync(id, "confirmArrival");
        Assert.Equal(["confirmYardEntry", "hold", "reject", "turnBack"], await AllowedAsync(DemoKey.HuuNghiOfficer, id));
        Assert.Equal(["linkCustomsDeclaration"], await AllowedAsync(DemoKey.DeclarantA, id));
    }
}
