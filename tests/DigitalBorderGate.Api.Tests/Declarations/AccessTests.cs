using System.Net;
using DigitalBorderGate.Api.Tests.Infrastructure;

namespace DigitalBorderGate.Api.Tests.Declarations;

public sealed class AccessTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public AccessTests(BorderGateApp app) => this.app = app;

    [Fact]
    public async Task A_request_without_a_key_gets_401_problem_details()
    {
        var problem = await (await app.ClientWithKey(null).GetAsync("/api/v1/units")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Contains("X-Api-Key", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_unknown_key_gets_401()
    {
        await (await app.ClientWithKey("dbg_not_a_real_key").GetAsync("/api/v1/units")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_officer_cannot_submit_a_declaration()
    {
        await (await app.As(DemoKey.HuuNghiOfficer).PostSubmissionAsync(Bodies.ValidSubmission())).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_admin_cannot_read_declarations()
    {
        await (await app.As(DemoKey.Admin).GetAsync("/api/v1/declarations")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
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
        var created = await app.As(DemoKey.DeclarantA).SubmitAsync(Bodies.ValidSubmission());
        var id = created.GetProperty("id").GetGuid();
        var key = who switch
        {
            "owner" => DemoKey.DeclarantA,
            "otherDeclarant" => DemoKey.DeclarantB,
            "routedUnitOfficer" => DemoKey.HuuNghiOfficer,
            "otherUnitOfficer" => DemoKey.TanThanhOfficer,
            "branchOfficer" => DemoKey.BranchOfficer,
            _ => DemoKey.Admin,
        };

        var response = await app.As(key).GetAsync($"/api/v1/declarations/{id}");

        if (expected == HttpStatusCode.OK)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
            Assert.Equal(created.GetProperty("referenceNumber").GetString(), (await response.ReadJsonAsync()).GetProperty("referenceNumber").GetString());
        }
        else
        {
            await response.ShouldBeProblemAsync(expected);
        }
    }

    [Fact]
    public async Task An_unknown_id_is_404_and_a_malformed_id_is_400()
    {
        var client = app.As(DemoKey.DeclarantA);

        await (await client.GetAsync($"/api/v1/declarations/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/v1/declarations/not-a-guid")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
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
