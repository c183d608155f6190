using DigitalBorderGate.Client;

namespace DigitalBorderGate.Api.Tests.Features.Declarations;

public sealed class AccessTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public AccessTests(BorderGateApp app) => this.app = app;

    [Fact]
    public async Task A_request_without_a_key_gets_401_problem_details()
    {
        var problem = await app.ClientWithoutKey().ListUnitsAsync().ShouldFailWithAsync(HttpStatusCode.Unauthorized);

        Assert.Contains("X-Api-Key", problem.Detail);
    }

    [Fact]
    public async Task An_unknown_key_gets_401()
    {
        await new BorderGateClient(app.ClientWithKey("dbg_not_a_real_key")).ListUnitsAsync().ShouldFailWithAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_officer_cannot_submit_a_declaration()
    {
        await app.Client(DemoKey.HuuNghiOfficer).SubmitDeclarationAsync(Drafts.Valid()).ShouldFailWithAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_admin_cannot_read_declarations()
    {
        await app.Client(DemoKey.Admin).SearchDeclarationsAsync().ShouldFailWithAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("owner", HttpStatusCode.OK)]
    [InlineData("otherDeclarant", HttpStatusCode.NotFound)]
    [InlineData("routedUnitOfficer", HttpStatusCode.OK)]
    [InlineData("otherUnitOfficer", HttpStatusCode.NotFound)]
    [InlineData("branchOfficer", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    public async Task A_declaration_is_visible_to_its_owner_and_its_unit_only(string who, HttpStatusCode expected)
    {
        var created = await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid());
        var key = who switch
        {
            "owner" => DemoKey.DeclarantA,
            "otherDeclarant" => DemoKey.DeclarantB,
            "routedUnitOfficer" => DemoKey.HuuNghiOfficer,
            "otherUnitOfficer" => DemoKey.TanThanhOfficer,
            "branchOfficer" => DemoKey.BranchOfficer,
            _ => DemoKey.Admin,
        };

        if (expected == HttpStatusCode.OK)
        {
            // The ETag header is not in the client's model, so the read that checks it goes on the wire.
            var response = await app.As(key).GetAsync($"/api/v1/declarations/{created.Id}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
            Assert.Equal(created.ReferenceNumber, (await response.ReadAsAsync<DeclarationResponse>()).ReferenceNumber);
        }
        else
        {
            await app.Client(key).GetDeclarationAsync(created.Id).ShouldFailWithAsync(expected);
        }
    }

    [Fact]
    public async Task An_unknown_id_is_404_and_a_malformed_id_is_400()
    {
        await app.Client(DemoKey.DeclarantA).GetDeclarationAsync(Guid.NewGuid()).ShouldFailWithAsync(HttpStatusCode.NotFound);
        // An id that is not a GUID cannot be sent through the client.
        await (await app.As(DemoKey.DeclarantA).GetAsync("/api/v1/declarations/not-a-guid")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Health_endpoints_answer_without_a_key()
    {
        var client = app.ClientWithKey(null);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        await (await app.As(DemoKey.DeclarantA).GetAsync("/api/v1/nothing-here")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
