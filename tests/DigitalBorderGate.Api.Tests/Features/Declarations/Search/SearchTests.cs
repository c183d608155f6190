using DigitalBorderGate.Client;

namespace DigitalBorderGate.Api.Tests.Features.Declarations.Search;

public sealed class SearchTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public SearchTests(BorderGateApp app) => this.app = app;

    [Fact]
    public async Task Paging_returns_every_own_declaration_once_newest_first_and_none_of_another_enterprise()
    {
        var declarantB = app.Client(DemoKey.DeclarantB);
        var submitted = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            app.Clock.Advance(TimeSpan.FromSeconds(i % 2)); // ties in submission time are broken by id
            submitted.Add((await declarantB.SubmitDeclarationAsync(Drafts.Valid(taxCode: DemoKey.TaxCodeB, arrival: SoonAfterNow()))).Id);
        }
        await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid(arrival: SoonAfterNow()));

        var seen = new List<DeclarationResponse>();
        string? cursor = null;
        do
        {
            var page = await declarantB.SearchDeclarationsAsync(limit: 3, cursor: cursor);
            seen.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(submitted.Order(), seen.Select(s => s.Id).Order());
        Assert.All(seen, s => Assert.Equal(DemoKey.TaxCodeB, s.Declaration.DeclarantTaxCode));
        var order = seen.Select(s => (s.SubmittedAt, Id: s.Id.ToString())).ToList();
        Assert.Equal(order.OrderByDescending(o => o.SubmittedAt).ThenByDescending(o => o.Id, StringComparer.Ordinal), order);
    }

    [Fact]
    public async Task Filters_find_by_reference_number_plate_as_typed_status_gate_and_date()
    {
        var client = app.Client(DemoKey.DeclarantA);
        app.Clock.Advance(TimeSpan.FromDays(1));
        var target = await client.SubmitDeclarationAsync(Drafts.Valid(gate: "TAN_THANH", plate: "12C-999.88", arrival: SoonAfterNow()));
        var since = Uri.EscapeDataString(app.Clock.GetUtcNow().AddMinutes(-1).ToString("O"));

        static IEnumerable<Guid> Ids(PageOfDeclarationResponse page) => page.Items.Select(i => i.Id);

        Assert.Equal([target.Id], Ids(await client.SearchDeclarationsAsync(referenceNumber: target.ReferenceNumber)));
        Assert.Equal([target.Id], Ids(await client.SearchDeclarationsAsync(plateNumber: "12c 999.88")));
        Assert.Equal([target.Id], Ids(await (await app.As(DemoKey.DeclarantA).GetAsync($"/api/v1/declarations?borderGateCode=tan_thanh&submittedFrom={since}")).ReadAsAsync<PageOfDeclarationResponse>()));
        Assert.Equal([target.Id], Ids(await client.SearchDeclarationsAsync(status: DeclarationStatus.Submitted, plateNumber: "12C99988")));
        Assert.Empty((await client.SearchDeclarationsAsync(plateNumber: "12C99988", status: DeclarationStatus.Cleared)).Items);
    }

    [Fact]
    public async Task A_date_range_given_in_vietnam_time_compares_instants_not_text()
    {
        var client = app.As(DemoKey.DeclarantA);
        app.Clock.Advance(TimeSpan.FromDays(3));
        var submittedAt = app.Clock.GetUtcNow();
        var id = (await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid(arrival: SoonAfterNow()))).Id;
        string Vietnam(TimeSpan shift) => Uri.EscapeDataString(submittedAt.Add(shift).ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-ddTHH:mm:sszzz"));

        // The offset is what this is about, and the generated client drops it: the range travels as text.
        async Task<IEnumerable<Guid>> IdsAsync(string query) =>
            (await (await client.GetAsync($"/api/v1/declarations?{query}")).ReadAsAsync<PageOfDeclarationResponse>()).Items.Select(i => i.Id);

        Assert.Contains(id, await IdsAsync($"submittedFrom={Vietnam(TimeSpan.FromSeconds(-1))}&submittedTo={Vietnam(TimeSpan.FromSeconds(1))}"));
        Assert.DoesNotContain(id, await IdsAsync($"submittedFrom={Vietnam(TimeSpan.FromSeconds(1))}"));
        Assert.DoesNotContain(id, await IdsAsync($"submittedTo={Vietnam(TimeSpan.Zero)}"));
    }

    [Fact]
    public async Task An_officer_searches_their_units_declarations_only()
    {
        var created = await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid(gate: "TA_LUNG", arrival: SoonAfterNow()));

        var own = await app.Client(DemoKey.TaLungOfficer).SearchDeclarationsAsync(referenceNumber: created.ReferenceNumber);
        var other = await app.Client(DemoKey.HuuNghiOfficer).SearchDeclarationsAsync(referenceNumber: created.ReferenceNumber);

        Assert.Single(own.Items);
        Assert.Empty(other.Items);
    }

    // Tests here move the shared clock; an arrival must stay ahead of it.
    private DateTimeOffset SoonAfterNow() => app.Clock.GetUtcNow().AddHours(5);

    [Theory]
    [InlineData(0, null, "limit")]
    [InlineData(201, null, "limit")]
    [InlineData(null, "bm90LWEtY3Vyc29y", "cursor")]
    [InlineData(null, "%%%", "cursor")]
    public async Task Bad_paging_parameters_are_clear_400s(int? limit, string? cursor, string field)
    {
        var problem = await app.Client(DemoKey.DeclarantA).SearchDeclarationsAsync(limit: limit, cursor: cursor).ShouldFailWithAsync(HttpStatusCode.BadRequest);

        Assert.Equal(field, problem.Errors()[0].Field);
    }

    [Fact]
    public async Task A_status_that_does_not_exist_is_a_400()
    {
        // A status the contract does not know cannot be sent through the client's enum.
        await (await app.As(DemoKey.DeclarantA).GetAsync("/api/v1/declarations?status=teleported")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
