using System.Net;
using System.Text.Json;
using DigitalBorderGate.Api.Tests.Infrastructure;

namespace DigitalBorderGate.Api.Tests.Lifecycle;

public sealed class QueueTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public QueueTests(BorderGateApp app) => this.app = app;

    private async Task<string> SubmitAsync(string gate, double hoursAhead, string plate = "12C-123.45", string direction = "import")
    {
        var body = Bodies.ValidSubmission(gate: gate, plate: plate, arrival: app.Clock.GetUtcNow().AddHours(hoursAhead));
        body["direction"] = direction;
        if (direction == "export")
        {
            body["goods"]![0]!["customsDeclarationNumber"] = "305123456780";
        }
        return (await app.As(DemoKey.DeclarantA).SubmitAsync(body)).Id();
    }

    [Fact]
    public async Task Paging_returns_every_truck_once_in_arrival_order_while_new_ones_arrive()
    {
        var officer = app.ClientWithKey("dbg_demo_officer_chi_ma");
        var present = new List<string>();
        foreach (var hours in new[] { 5.0, 3, 9, 3, 7, 1, 11, 3, 6 })
        {
            present.Add(await SubmitAsync("CHI_MA", hours));
        }

        var seen = new List<JsonElement>();
        string? cursor = null;
        var page = 0;
        do
        {
            var body = await (await officer.GetAsync("/api/v1/units/CHI_MA/queue?limit=4" + (cursor is null ? "" : $"&cursor={cursor}"))).ReadJsonAsync();
            seen.AddRange(body.GetProperty("items").EnumerateArray());
            cursor = body.GetProperty("nextCursor").GetString();
            // Between pages, one truck is declared before the read position and one after it.
            await SubmitAsync("BAN_CHAT", 0.5 + page);
            await SubmitAsync("CHI_MA", 20 + page++);
        }
        while (cursor is not null);

        var ids = seen.Select(s => s.Id()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(present, id => Assert.Contains(id, ids));
        var order = seen.Select(s => (s.GetProperty("expectedArrivalAt").GetDateTimeOffset(), s.Id())).ToList();
        Assert.Equal(order.OrderBy(o => o.Item1).ThenBy(o => o.Item2, StringComparer.Ordinal), order);
    }

    [Fact]
    public async Task Filters_narrow_the_queue_and_counts_describe_it_by_status()
    {
        var officer = app.ClientWithKey("dbg_demo_officer_coc_nam");
        var waiting = await SubmitAsync("COC_NAM", 2, plate: "12C-111.11");
        var arrived = await SubmitAsync("COC_NAM", 4, plate: "12C-222.22", direction: "export");
        var gone = await SubmitAsync("COC_NAM", 6);
        await officer.ActAsync(arrived, new { action = "confirmArrival" });
        await officer.ActAsync(gone, new { action = "reject", note = "Sai chứng từ" });

        var all = await (await officer.GetAsync("/api/v1/units/COC_NAM/queue")).ReadJsonAsync();
        Assert.Equal([waiting, arrived], all.GetProperty("items").EnumerateArray().Select(i => i.Id()));
        Assert.Equal(1, all.GetProperty("counts").GetProperty("submitted").GetInt32());
        Assert.Equal(1, all.GetProperty("counts").GetProperty("atGate").GetInt32());
        Assert.Equal(0, all.GetProperty("counts").GetProperty("rejected").GetInt32());

        async Task<IEnumerable<string>> IdsAsync(string query) =>
            (await (await officer.GetAsync($"/api/v1/units/COC_NAM/queue?{query}")).ReadJsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.Id());

        Assert.Equal([arrived], await IdsAsync("status=atGate"));
        Assert.Equal([arrived], await IdsAsync("direction=export"));
        Assert.Equal([waiting], await IdsAsync("plateNumber=12c-111.11"));
        Assert.Equal([gone], await IdsAsync("status=rejected"));
        var window = $"arrivalFrom={Uri.EscapeDataString(app.Clock.GetUtcNow().AddHours(3).ToString("O"))}&arrivalTo={Uri.EscapeDataString(app.Clock.GetUtcNow().AddHours(5).ToString("O"))}";
        Assert.Equal([arrived], await IdsAsync(window));
        Assert.Empty(await IdsAsync("borderGateCode=HUU_NGHI"));
    }

    [Theory]
    [InlineData("dbg_demo_officer_tra_linh", HttpStatusCode.OK)]
    [InlineData("dbg_demo_officer_branch", HttpStatusCode.OK)]
    [InlineData("dbg_demo_officer_ta_lung", HttpStatusCode.Forbidden)]
    [InlineData("dbg_demo_declarant_0100109106", HttpStatusCode.Forbidden)]
    [InlineData("dbg_demo_admin", HttpStatusCode.Forbidden)]
    public async Task A_units_queue_is_read_by_its_officers_and_branch_wide_officers(string key, HttpStatusCode expected)
    {
        var response = await app.ClientWithKey(key).GetAsync("/api/v1/units/TRA_LINH/queue");

        if (expected == HttpStatusCode.OK)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            await response.ShouldBeProblemAsync(expected);
        }
    }

    [Fact]
    public async Task An_unknown_unit_is_404_and_a_bad_filter_is_400()
    {
        var branch = app.As(DemoKey.BranchOfficer);

        await (await branch.GetAsync("/api/v1/units/NOWHERE/queue")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await branch.GetAsync("/api/v1/units/HUU_NGHI/queue?channel=blue")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await branch.GetAsync("/api/v1/units/HUU_NGHI/queue?cursor=abc")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
