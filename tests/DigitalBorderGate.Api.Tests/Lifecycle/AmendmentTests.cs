using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DigitalBorderGate.Api.Tests.Infrastructure;

namespace DigitalBorderGate.Api.Tests.Lifecycle;

public sealed class AmendmentTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public AmendmentTests(BorderGateApp app) => this.app = app;

    private JsonObject Body(string gate = "HUU_NGHI", string plate = "12C-123.45") => Bodies.ValidSubmission(gate: gate, plate: plate, arrival: app.Clock.GetUtcNow().AddHours(6));

    private Task<HttpResponseMessage> PutAsync(HttpClient client, string id, JsonObject body, string? ifMatch)
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
        var owner = app.As(DemoKey.DeclarantA);
        var id = (await owner.SubmitAsync(Body())).Id();

        var response = await PutAsync(owner, id, Body(gate: "TAN_THANH", plate: "12C-777.77"), "\"1\"");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        var amended = await response.ReadJsonAsync();
        Assert.Equal("TAN_THANH", amended.GetProperty("routing").GetProperty("unitCode").GetString());
        Assert.Equal("12C77777", amended.GetProperty("declaration").GetProperty("vehicle").GetProperty("plateNumber").GetString());
        var history = (await (await owner.GetAsync($"/api/v1/declarations/{id}/history")).ReadJsonAsync()).GetProperty("items");
        Assert.Equal("amend", history[1].GetProperty("action").GetString());
        Assert.Equal(HttpStatusCode.OK, (await app.As(DemoKey.TanThanhOfficer).GetAsync($"/api/v1/declarations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.As(DemoKey.HuuNghiOfficer).GetAsync($"/api/v1/declarations/{id}")).StatusCode);
    }

    [Fact]
    public async Task An_amendment_needs_if_match_and_a_current_version()
    {
        var owner = app.As(DemoKey.DeclarantA);
        var id = (await owner.SubmitAsync(Body())).Id();

        await (await PutAsync(owner, id, Body(), null)).ShouldBeProblemAsync((HttpStatusCode)428);
        await (await PutAsync(owner, id, Body(), "\"7\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task An_invalid_amendment_changes_nothing()
    {
        var owner = app.As(DemoKey.DeclarantA);
        var id = (await owner.SubmitAsync(Body())).Id();

        var problem = await (await PutAsync(owner, id, Body(plate: "ABC-123"), "\"1\"")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(("/vehicle/plateNumber", "plate.invalid"), problem.Errors());
        Assert.Equal(1, (await (await owner.GetAsync($"/api/v1/declarations/{id}")).ReadJsonAsync()).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Only_the_owner_amends_and_only_while_submitted()
    {
        var owner = app.As(DemoKey.DeclarantA);
        var id = (await owner.SubmitAsync(Body())).Id();

        await (await PutAsync(app.As(DemoKey.DeclarantB), id, Bodies.ValidSubmission(taxCode: DemoKey.TaxCodeB, arrival: app.Clock.GetUtcNow().AddHours(6)), "\"1\"")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await PutAsync(app.As(DemoKey.HuuNghiOfficer), id, Body(), "\"1\"")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        await app.As(DemoKey.HuuNghiOfficer).ActAsync(id, new { action = "confirmArrival" });
        await (await PutAsync(owner, id, Body(), "\"2\"")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }
}
