using DigitalBorderGate.Client;

namespace DigitalBorderGate.Api.Tests.Features.Units.Queue;

public sealed class QueueTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public QueueTests(BorderGateApp app) => this.app = app;

    private async Task<Guid> SubmitAsync(string gate, double hoursAhead, string plate = "12C-123.45", string direction = "import")
    {
        var draft = Drafts.Valid(gate: gate, plate: plate, arrival: app.Clock.GetUtcNow().AddHours(hoursAhead));
        draft.Direction = Enum.Parse<Direction>(direction, ignoreCase: true);
        if (direction == "export")
        {
            draft.Goods![0].CustomsDeclarationNumber = "305123456780";
        }
        return (await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(draft)).Id;
    }

    private BorderGateClient OfficerWithKey(string key) => new(app.ClientWithKey(key));

    [Fact]
    public async Task Paging_returns_every_truck_once_in_arrival_order_while_new_ones_arrive()
    {
        var officer = OfficerWithKey("dbg_demo_officer_chi_ma");
        var present = new List<Guid>();
        foreach (var hours in new[] { 5.0, 3, 9, 3, 7, 1, 11, 3, 6 })
        {
            present.Add(await SubmitAsync("CHI_MA", hours));
        }

        var seen = new List<QueueItem>();
        string? cursor = null;
        var page = 0;
        do
        {
            var body = await officer.GetUnitQueueAsync("CHI_MA", limit: 4, cursor: cursor);
            seen.AddRange(body.Items);
            cursor = body.NextCursor;
            // Between pages, one truck is declared before the read position and one after it.
            await SubmitAsync("BAN_CHAT", 0.5 + page);
            await SubmitAsync("CHI_MA", 20 + page++);
        }
        while (cursor is not null);

        var ids = seen.Select(s => s.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(present, id => Assert.Contains(id, ids));
        var order = seen.Select(s => (s.ExpectedArrivalAt, Id: s.Id.ToString())).ToList();
        Assert.Equal(order.OrderBy(o => o.ExpectedArrivalAt).ThenBy(o => o.Id, StringComparer.Ordinal), order);
    }

    [Fact]
    public async Task Filters_narrow_the_queue_and_counts_describe_it_by_status()
    {
        var officer = OfficerWithKey("dbg_demo_officer_coc_nam");
        var waiting = await SubmitAsync("COC_NAM", 2, plate: "12C-111.11");
        var arrived = await SubmitAsync("COC_NAM", 4, plate: "12C-222.22", direction: "export");
        var gone = await SubmitAsync("COC_NAM", 6);
        await officer.ActAsync(arrived, "confirmArrival");
        await officer.ApplyTransitionAsync(gone, new ApplyTransitionRequest { Action = DeclarationAction.Reject, Note = "Sai chứng từ" });

        var all = await officer.GetUnitQueueAsync("COC_NAM");
        Assert.Equal([waiting, arrived], all.Items.Select(i => i.Id));
        Assert.Equal(1, all.Counts["submitted"]);
        Assert.Equal(1, all.Counts["atGate"]);
        Assert.Equal(0, all.Counts["rejected"]);

        static IEnumerable<Guid> Ids(QueuePage page) => page.Items.Select(i => i.Id);

        Assert.Equal([arrived], Ids(await officer.GetUnitQueueAsync("COC_NAM", status: DeclarationStatus.AtGate)));
        Assert.Equal([arrived], Ids(await officer.GetUnitQueueAsync("COC_NAM", direction: Direction.Export)));
        Assert.Equal([waiting], Ids(await officer.GetUnitQueueAsync("COC_NAM", plateNumber: "12c-111.11")));
        Assert.Equal([gone], Ids(await officer.GetUnitQueueAsync("COC_NAM", status: DeclarationStatus.Rejected)));
        var window = $"arrivalFrom={Uri.EscapeDataString(app.Clock.GetUtcNow().AddHours(3).ToString("O"))}&arrivalTo={Uri.EscapeDataString(app.Clock.GetUtcNow().AddHours(5).ToString("O"))}";
        Assert.Equal([arrived], Ids(await (await app.ClientWithKey("dbg_demo_officer_coc_nam").GetAsync($"/api/v1/units/COC_NAM/queue?{window}")).ReadAsAsync<QueuePage>()));
        Assert.Empty(Ids(await officer.GetUnitQueueAsync("COC_NAM", borderGateCode: "HUU_NGHI")));
    }

    [Theory]
    [InlineData("dbg_demo_officer_tra_linh", HttpStatusCode.OK)]
    [InlineData("dbg_demo_officer_branch", HttpStatusCode.OK)]
    [InlineData("dbg_demo_officer_ta_lung", HttpStatusCode.Forbidden)]
    [InlineData("dbg_demo_declarant_0100109106", HttpStatusCode.Forbidden)]
    [InlineData("dbg_demo_admin", HttpStatusCode.Forbidden)]
    public async Task A_units_queue_is_read_by_its_officers_and_branch_wide_officers(string key, HttpStatusCode expected)
    {
        var read = OfficerWithKey(key).GetUnitQueueAsync("TRA_LINH");

        if (expected == HttpStatusCode.OK)
        {
            Assert.NotNull(await read);
        }
        else
        {
            await read.ShouldFailWithAsync(expected);
        }
    }

    [Fact]
    public async Task An_unknown_unit_is_404_and_a_bad_filter_is_400()
    {
        var branch = app.Client(DemoKey.BranchOfficer);

        await branch.GetUnitQueueAsync("NOWHERE").ShouldFailWithAsync(HttpStatusCode.NotFound);
        // A channel the contract does not know cannot be sent through the client's enum.
        await (await app.As(DemoKey.BranchOfficer).GetAsync("/api/v1/units/HUU_NGHI/queue?channel=blue")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await branch.GetUnitQueueAsync("HUU_NGHI", cursor: "abc").ShouldFailWithAsync(HttpStatusCode.BadRequest);
    }
}
