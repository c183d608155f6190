using System.Net;
using System.Net.Http.Json;
using DigitalBorderGate.Api.Tests.Infrastructure;

namespace DigitalBorderGate.Api.Tests.Hardening;

public sealed class ApiKeyTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public ApiKeyTests(BorderGateApp app) => this.app = app;

    private async Task<(string Id, string Secret)> IssueAsync(object body)
    {
        var response = await app.As(DemoKey.Admin).PostAsJsonAsync("/api/v1/api-keys", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        var issued = await response.ReadJsonAsync();
        return (issued.GetProperty("id").GetString()!, issued.GetProperty("key").GetString()!);
    }

    [Fact]
    public async Task An_issued_key_works_at_once_is_listed_without_its_secret_and_stops_working_when_revoked()
    {
        var (id, secret) = await IssueAsync(new { role = "declarant", scope = new[] { DemoKey.TaxCodeB }, label = "Công ty B — phần mềm logistics" });
        var client = app.ClientWithKey(secret);
        await client.SubmitAsync(Bodies.ValidSubmission(taxCode: DemoKey.TaxCodeB));

        var listText = await (await app.As(DemoKey.Admin).GetAsync("/api/v1/api-keys?limit=200")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(secret, listText);
        var listed = System.Text.Json.JsonDocument.Parse(listText).RootElement.GetProperty("items").EnumerateArray().Single(k => k.GetProperty("id").GetString() == id);
        Assert.Equal("declarant", listed.GetProperty("role").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, listed.GetProperty("lastUsedAt").ValueKind);
        Assert.False(listed.TryGetProperty("key", out _));

        Assert.Equal(HttpStatusCode.NoContent, (await app.As(DemoKey.Admin).DeleteAsync($"/api/v1/api-keys/{id}")).StatusCode);

        await (await client.GetAsync("/api/v1/declarations")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.NoContent, (await app.As(DemoKey.Admin).DeleteAsync($"/api/v1/api-keys/{id}")).StatusCode);
    }

    [Fact]
    public async Task An_officer_key_is_scoped_to_its_unit()
    {
        var (_, secret) = await IssueAsync(new { role = "officer", scope = new[] { "chi_ma" }, label = "Tổ trưởng Chi Ma" });

        Assert.Equal(HttpStatusCode.OK, (await app.ClientWithKey(secret).GetAsync("/api/v1/units/CHI_MA/queue")).StatusCode);
        await (await app.ClientWithKey(secret).GetAsync("/api/v1/units/HUU_NGHI/queue")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("{\"role\":\"declarant\",\"scope\":[],\"label\":\"x\"}", "/scope")]
    [InlineData("{\"role\":\"declarant\",\"scope\":[\"0100109107\"],\"label\":\"x\"}", "/scope/0")]
    [InlineData("{\"role\":\"officer\",\"scope\":[\"HUU_NGHI\",\"CHI_MA\"],\"label\":\"x\"}", "/scope")]
    [InlineData("{\"role\":\"officer\",\"scope\":[\"NOWHERE\"],\"label\":\"x\"}", "/scope/0")]
    [InlineData("{\"role\":\"admin\",\"scope\":[\"*\"],\"label\":\"x\"}", "/scope")]
    [InlineData("{\"role\":\"root\",\"scope\":[],\"label\":\"x\"}", "/role")]
    [InlineData("{\"role\":\"admin\",\"scope\":[]}", "/label")]
    public async Task A_key_outside_what_its_role_allows_is_not_issued(string body, string field)
    {
        var response = await app.As(DemoKey.Admin).PostAsync("/api/v1/api-keys", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Contains(field, (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors().Select(e => e.Field));
    }

    [Theory]
    [InlineData("dbg_demo_declarant_0100109106")]
    [InlineData("dbg_demo_officer_branch")]
    public async Task No_one_but_an_admin_manages_keys(string key)
    {
        var client = app.ClientWithKey(key);

        await (await client.PostAsJsonAsync("/api/v1/api-keys", new { role = "admin", scope = Array.Empty<string>(), label = "me" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await client.GetAsync("/api/v1/api-keys")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await client.DeleteAsync($"/api/v1/api-keys/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Revoking_an_unknown_key_is_404()
    {
        await (await app.As(DemoKey.Admin).DeleteAsync($"/api/v1/api-keys/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_bootstrap_admin_key_comes_from_configuration()
    {
        const string secret = "bootstrap-secret-from-the-environment-0123456789";
        using var fresh = BorderGateApp.With(new Dictionary<string, string?> { ["BorderGate:BootstrapAdminKey"] = secret, ["BorderGate:DemoKeys:Enabled"] = "false" });

        Assert.Equal(HttpStatusCode.OK, (await fresh.ClientWithKey(secret).GetAsync("/api/v1/api-keys")).StatusCode);
        await (await fresh.As(DemoKey.Admin).GetAsync("/api/v1/api-keys")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}
