using System.Net;
using System.Text.Json;
using DigitalBorderGate.Api.Tests.Infrastructure;

namespace DigitalBorderGate.Api.Tests.Declarations;

public sealed class SearchTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public SearchTests(BorderGateApp app) => this.app = app;

    [Fact]
    public async Task Paging_returns_every_own_declaration_once_newest_first_and_none_of_another_enterprise()
    {
        var declarantB = app.As(DemoKey.DeclarantB);
        var submitted = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            app.Clock.Advance(TimeSpan.FromSeconds(i % 2)); // ties in submission time are broken by id
            submitted.Add((await declarantB.SubmitAsync(Bodies.ValidSubmission(taxCode: DemoKey.TaxCodeB, arrival: SoonAfterNow()))).GetProperty("id").GetString()!);
        }
        await app.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission(arrival: SoonAfterNow()));

        var seen = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await (await declarantB.GetAsync("/api/v1/declarations?limit=3" + (cursor is null ? "" : $"&cursor={cursor}"))).ReadJsonAsync();
            seen.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(submitted.Order(), seen.Select(s => s.GetProperty("id").GetString()!).Order());
        Assert.All(seen, s => Assert.Equal(DemoKey.TaxCodeB, s.GetProperty("declaration").GetProperty("declarantTaxCode").GetString()));
        var order = seen.Select(s => (s.GetProperty("submittedAt").GetDateTimeOffset(), s.GetProperty("id").GetString()!)).ToList();
        Assert.Equal(order.OrderByDescending(o => o.Item1).ThenByDescending(o => o.Item2, StringComparer.Ordinal), order);
    }

    [Fact]
    public async Task Filters_find_by_reference_number_plate_as_typed_status_gate_and_date()
    {
        var client = app.As(DemoKey.DeclarantA);
        app.Clock.Advance(TimeSpan.FromDays(1));
        var target = await client.SubmitAsync(Bodies.ValidSubmission(gate: "TAN_THANH", plate: "12C-999.88", arrival: SoonAfterNow()));
        var reference = target.GetProperty("referenceNumber").GetString();
        var id = target.GetProperty("id").GetString();
        var since = Uri.EscapeDataString(app.Clock.GetUtcNow().AddMinutes(-1).ToString("O"));

        foreach (var query in new[]
        {
            $"referenceNumber={reference}",
            "plateNumber=12c%20999.88",
            $"borderGateCode=tan_thanh&submittedFrom={since}",
            $"status=submitted&plateNumber=12C99988",
        })
        {
            var items = (await (await client.GetAsync($"/api/v1/declarations?{query}")).ReadJsonAsync()).GetProperty("items");
            Assert.Equal([id], items.EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        }
        var none = await (await client.GetAsync("/api/v1/declarations?plateNumber=12C99988&status=cleared")).ReadJsonAsync();
        Assert.Equal(0, none.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_date_range_given_in_vietnam_time_compares_instants_not_text()
    {
        var client = app.As(DemoKey.DeclarantA);
        app.Clock.Advance(TimeSpan.FromDays(3));
        var submittedAt = app.Clock.GetUtcNow();
        var id = (await client.SubmitAsync(Bodies.ValidSubmission(arrival: SoonAfterNow()))).GetProperty("id").GetString();
        string Vietnam(TimeSpan shift) => Uri.EscapeDataString(submittedAt.Add(shift).ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-ddTHH:mm:sszzz"));

        async Task<IEnumerable<string?>> IdsAsync(string query) =>
            (await (await client.GetAsync($"/api/v1/declarations?{query}")).ReadJsonAsync()).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString());

        Assert.Contains(id, await IdsAsync($"submittedFrom={Vietnam(TimeSpan.FromSeconds(-1))}&submittedTo={Vietnam(TimeSpan.FromSeconds(1))}"));
        Assert.DoesNotContain(id, await IdsAsync($"submittedFrom={Vietnam(TimeSpan.FromSeconds(1))}"));
        Assert.DoesNotContain(id, await IdsAsync($"submittedTo={Vietnam(TimeSpan.Zero)}"));
    }

    [Fact]
    public async Task An_officer_searches_their_units_declarations_only()
    {
        var created = await app.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission(gate: "TA_LUNG", arrival: SoonAfterNow()));
        var reference = created.GetProperty("referenceNumber").GetString();

        var own = await (await app.As(DemoKey.TaLungOfficer).GetAsync($"/api/v1/declarations?referenceNumber={reference}")).ReadJsonAsync();
        var other = await (await app.As(DemoKey.HuuNghiOfficer).GetAsync($"/api/v1/declarations?referenceNumber={reference}")).ReadJsonAsync();

        Assert.Equal(1, own.GetProperty("items").GetArrayLength());
        Assert.Equal(0, other.GetProperty("items").GetArrayLength());
    }

    // Tests here move the shared clock; an arrival must stay ahead of it.
    private DateTimeOffset SoonAfterNow() => app.Clock.GetUtcNow().AddHours(5);

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("cursor=bm90LWEtY3Vyc29y", "cursor")]
    [InlineData("cursor=%%%", "cursor")]
    public async Task Bad_paging_parameters_are_clear_400s(string query, string field)
    {
        var problem = await (await app.As(DemoKey.DeclarantA).GetAsync($"/api/v1/declarations?{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(field, problem.Errors()[0].Field);
    }

    [Fact]
    public async Task A_status_that_does_not_exist_is_a_400()
    {
        await (await app.As(DemoKey.DeclarantA).GetAsync("/api/v1/declarations?status=teleported")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
