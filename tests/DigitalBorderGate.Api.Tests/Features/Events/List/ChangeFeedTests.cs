using DigitalBorderGate.Client;

namespace DigitalBorderGate.Api.Tests.Features.Events.List;

public sealed class ChangeFeedTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public ChangeFeedTests(BorderGateApp app) => this.app = app;

    private static async Task<(List<(long Id, string Type, Guid Declaration)> Events, string? Next)> ReadAsync(BorderGateClient client, string? cursor = null)
    {
        var page = await client.ListEventsAsync(cursor: cursor, limit: 200);
        return (page.Items.Select(e => (e.Id, e.Type.Wire(), e.Data.DeclarationId)).ToList(), page.NextCursor);
    }

    [Fact]
    public async Task Each_caller_follows_its_own_declarations_in_commit_order_from_where_it_left_off()
    {
        var owner = app.Client(DemoKey.DeclarantA);
        var (_, start) = await ReadAsync(owner);
        var id = (await owner.SubmitDeclarationAsync(Drafts.Valid())).Id;
        await app.Client(DemoKey.HuuNghiOfficer).ActAsync(id, "confirmArrival");

        var (events, next) = await ReadAsync(owner, start);
        Assert.Equal(["declaration.submitted", "declaration.statusChanged"], events.Where(e => e.Declaration == id).Select(e => e.Type));
        Assert.Equal(events.Select(e => e.Id).Order(), events.Select(e => e.Id));

        await app.Client(DemoKey.HuuNghiOfficer).ActAsync(id, "confirmYardEntry");
        var (later, _) = await ReadAsync(owner, next);
        Assert.Equal([("declaration.statusChanged", id)], later.Select(e => (e.Type, e.Declaration)));

        Assert.Contains(id, (await ReadAsync(app.Client(DemoKey.HuuNghiOfficer))).Events.Select(e => e.Declaration));
        Assert.Contains(id, (await ReadAsync(app.Client(DemoKey.BranchOfficer))).Events.Select(e => e.Declaration));
        Assert.DoesNotContain(id, (await ReadAsync(app.Client(DemoKey.DeclarantB))).Events.Select(e => e.Declaration));
        Assert.DoesNotContain(id, (await ReadAsync(app.Client(DemoKey.TanThanhOfficer))).Events.Select(e => e.Declaration));
    }

    [Fact]
    public async Task A_feed_at_its_end_keeps_its_position()
    {
        var client = app.Client(DemoKey.DeclarantB);
        await client.SubmitDeclarationAsync(Drafts.Valid(taxCode: DemoKey.TaxCodeB));
        var (_, end) = await ReadAsync(client);

        var (none, still) = await ReadAsync(client, end);

        Assert.Empty(none);
        Assert.Equal(end, still);
    }

    [Fact]
    public async Task Admins_have_no_feed_and_a_forged_cursor_is_400()
    {
        await app.Client(DemoKey.Admin).ListEventsAsync().ShouldFailWithAsync(HttpStatusCode.Forbidden);
        await app.Client(DemoKey.DeclarantA).ListEventsAsync(cursor: "Zm9yZ2Vk").ShouldFailWithAsync(HttpStatusCode.BadRequest);
    }
}
