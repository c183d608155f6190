using System.Net;
using DigitalBorderGate.Api.Tests.Infrastructure;

namespace DigitalBorderGate.Api.Tests.Notifications;

public sealed class ChangeFeedTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public ChangeFeedTests(BorderGateApp app) => this.app = app;

    private static async Task<(List<(long Id, string Type, string Declaration)> Events, string? Next)> ReadAsync(HttpClient client, string? cursor = null)
    {
        var page = await (await client.GetAsync("/api/v1/events?limit=200" + (cursor is null ? "" : $"&cursor={cursor}"))).ReadJsonAsync();
        var events = page.GetProperty("items").EnumerateArray()
            .Select(e => (e.GetProperty("id").GetInt64(), e.GetProperty("type").GetString()!, e.GetProperty("data").GetProperty("declarationId").GetString()!))
            .ToList();
        return (events, page.GetProperty("nextCursor").GetString());
    }

    [Fact]
    public async Task Each_caller_follows_its_own_declarations_in_commit_order_from_where_it_left_off()
    {
        var owner = app.As(DemoKey.DeclarantA);
        var (_, start) = await ReadAsync(owner);
        var id = (await owner.SubmitAsync(Bodies.ValidSubmission())).Id();
        await app.As(DemoKey.HuuNghiOfficer).ActAsync(id, new { action = "confirmArrival" });

        var (events, next) = await ReadAsync(owner, start);
        Assert.Equal(["declaration.submitted", "declaration.statusChanged"], events.Where(e => e.Declaration == id).Select(e => e.Type));
        Assert.Equal(events.Select(e => e.Id).Order(), events.Select(e => e.Id));

        await app.As(DemoKey.HuuNghiOfficer).ActAsync(id, new { action = "confirmYardEntry" });
        var (later, _) = await ReadAsync(owner, next);
        Assert.Equal([("declaration.statusChanged", id)], later.Select(e => (e.Type, e.Declaration)));

        Assert.Contains(id, (await ReadAsync(app.As(DemoKey.HuuNghiOfficer))).Events.Select(e => e.Declaration));
        Assert.Contains(id, (await ReadAsync(app.As(DemoKey.BranchOfficer))).Events.Select(e => e.Declaration));
        Assert.DoesNotContain(id, (await ReadAsync(app.As(DemoKey.DeclarantB))).Events.Select(e => e.Declaration));
        Assert.DoesNotContain(id, (await ReadAsync(app.As(DemoKey.TanThanhOfficer))).Events.Select(e => e.Declaration));
    }

    [Fact]
    public async Task A_feed_at_its_end_keeps_its_position()
    {
        var client = app.As(DemoKey.DeclarantB);
        await client.SubmitAsync(Bodies.ValidSubmission(taxCode: DemoKey.TaxCodeB));
        var (_, end) = await ReadAsync(client);

        var (none, still) = await ReadAsync(client, end);

        Assert.Empty(none);
        Assert.Equal(end, still);
    }

    [Fact]
    public async Task Admins_have_no_feed_and_a_forged_cursor_is_400()
    {
        await (await app.As(DemoKey.Admin).GetAsync("/api/v1/events")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await app.As(DemoKey.DeclarantA).GetAsync("/api/v1/events?cursor=Zm9yZ2Vk")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
