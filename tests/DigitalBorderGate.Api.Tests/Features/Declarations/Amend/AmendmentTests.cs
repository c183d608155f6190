using System.Text.Json.Nodes;
using DigitalBorderGate.Client;

namespace DigitalBorderGate.Api.Tests.Features.Declarations.Amend;

public sealed class AmendmentTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public AmendmentTests(BorderGateApp app) => this.app = app;

    private DeclarationDraft Draft(string gate = "HUU_NGHI", string plate = "12C-123.45", string taxCode = DemoKey.TaxCodeA) =>
        Drafts.Valid(gate: gate, plate: plate, taxCode: taxCode, arrival: app.Clock.GetUtcNow().AddHours(6));

    private JsonObject Body(string gate = "HUU_NGHI", string plate = "12C-123.45") => Bodies.ValidSubmission(gate: gate, plate: plate, arrival: app.Clock.GetUtcNow().AddHours(6));

    /// <summary>A PUT as sent on the wire: the client always sends If-Match and hides the response's ETag.</summary>
    private static Task<HttpResponseMessage> PutAsync(HttpClient client, Guid id, JsonObject body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/declarations/{id}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return client.SendAsync(request);
    }

    [Fact]
    public async Task An_amendment_is_revalidated_rerouted_and_recorded()
    {
        var owner = app.Client(DemoKey.DeclarantA);
        var id = (await owner.SubmitDeclarationAsync(Draft())).Id;

        var response = await PutAsync(app.As(DemoKey.DeclarantA), id, Body(gate: "TAN_THANH", plate: "12C-777.77"), TypedClient.ETag(1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        var amended = await response.ReadAsAsync<DeclarationResponse>();
        Assert.Equal("TAN_THANH", amended.Routing.UnitCode);
        Assert.Equal("12C77777", amended.Declaration.Vehicle.PlateNumber);
        var history = (await owner.GetDeclarationHistoryAsync(id)).Items;
        Assert.Equal("amend", history[1].Action);
        Assert.Equal(id, (await app.Client(DemoKey.TanThanhOfficer).GetDeclarationAsync(id)).Id);
        await app.Client(DemoKey.HuuNghiOfficer).GetDeclarationAsync(id).ShouldFailWithAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_amendment_needs_if_match_and_a_current_version()
    {
        var owner = app.Client(DemoKey.DeclarantA);
        var id = (await owner.SubmitDeclarationAsync(Draft())).Id;

        await (await PutAsync(app.As(DemoKey.DeclarantA), id, Body(), null)).ShouldBeProblemAsync((HttpStatusCode)428);
        await owner.AmendDeclarationAsync(id, TypedClient.ETag(7), Draft()).ShouldFailWithAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task An_invalid_amendment_changes_nothing()
    {
        var owner = app.Client(DemoKey.DeclarantA);
        var id = (await owner.SubmitDeclarationAsync(Draft())).Id;

        var problem = await owner.AmendDeclarationAsync(id, TypedClient.ETag(1), Draft(plate: "ABC-123")).ShouldFailWithAsync(HttpStatusCode.BadRequest);

        Assert.Contains(("/vehicle/plateNumber", "plate.invalid"), problem.Errors());
        Assert.Equal(1, (await owner.GetDeclarationAsync(id)).Version);
    }

    [Fact]
    public async Task Only_the_owner_amends_and_only_while_submitted()
    {
        var owner = app.Client(DemoKey.DeclarantA);
        var id = (await owner.SubmitDeclarationAsync(Draft())).Id;

        await app.Client(DemoKey.DeclarantB).AmendDeclarationAsync(id, TypedClient.ETag(1), Draft(taxCode: DemoKey.TaxCodeB)).ShouldFailWithAsync(HttpStatusCode.NotFound);
        await app.Client(DemoKey.HuuNghiOfficer).AmendDeclarationAsync(id, TypedClient.ETag(1), Draft()).ShouldFailWithAsync(HttpStatusCode.Forbidden);

        await app.Client(DemoKey.HuuNghiOfficer).ActAsync(id, "confirmArrival");
        await owner.AmendDeclarationAsync(id, TypedClient.ETag(2), Draft()).ShouldFailWithAsync(HttpStatusCode.Conflict);
    }
}
