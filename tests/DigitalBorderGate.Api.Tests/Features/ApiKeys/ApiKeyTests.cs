using Dapper;
using DigitalBorderGate.Client;
using Microsoft.Data.Sqlite;

namespace DigitalBorderGate.Api.Tests.Features.ApiKeys;

public sealed class ApiKeyTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public ApiKeyTests(BorderGateApp app) => this.app = app;

    private Task<IssuedApiKey> IssueAsync(string role, string[] scope, string label) =>
        app.Client(DemoKey.Admin).IssueApiKeyAsync(new IssueApiKeyRequest { Role = Enum.Parse<PrincipalRole>(role, ignoreCase: true), Scope = scope, Label = label });

    [Fact]
    public async Task An_issued_key_works_at_once_is_listed_without_its_secret_and_stops_working_when_revoked()
    {
        var admin = app.Client(DemoKey.Admin);
        var issued = await IssueAsync("declarant", [DemoKey.TaxCodeB], "Công ty B — phần mềm logistics");
        var client = new BorderGateClient(app.ClientWithKey(issued.Key));
        await client.SubmitDeclarationAsync(Drafts.Valid(taxCode: DemoKey.TaxCodeB));

        // Whether the secret leaks is a question about the raw text, not the model.
        var listText = await (await app.As(DemoKey.Admin).GetAsync("/api/v1/api-keys?limit=200")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(issued.Key, listText);
        var listed = Assert.Single((await admin.ListApiKeysAsync(limit: 200)).Items, k => k.Id == issued.Id);
        Assert.Equal("declarant", listed.Role);
        Assert.NotNull(listed.LastUsedAt);
        Assert.False(System.Text.Json.JsonDocument.Parse(listText).RootElement.GetProperty("items").EnumerateArray()
            .Single(k => k.GetProperty("id").GetGuid() == issued.Id).TryGetProperty("key", out _));

        await admin.RevokeApiKeyAsync(issued.Id);

        await client.SearchDeclarationsAsync().ShouldFailWithAsync(HttpStatusCode.Unauthorized);
        await admin.RevokeApiKeyAsync(issued.Id);
    }

    [Fact]
    public async Task A_key_revoked_by_another_instance_stops_working_here_within_the_time_a_key_is_known()
    {
        using var here = new BorderGateApp();
        var issued = await new BorderGateClient(here.As(DemoKey.Admin)).IssueApiKeyAsync(
            new IssueApiKeyRequest { Role = PrincipalRole.Declarant, Scope = [DemoKey.TaxCodeB], Label = "Công ty B" });
        var client = new BorderGateClient(here.ClientWithKey(issued.Key));
        await client.SearchDeclarationsAsync();

        // Another instance revokes it: only the shared database changes.
        await using (var connection = new SqliteConnection(here.ConnectionString))
        {
            await connection.ExecuteAsync("UPDATE api_keys SET revoked_at = @Now WHERE id = @Id", new { Now = here.Clock.GetUtcNow(), issued.Id });
        }
        here.Clock.Advance(DigitalBorderGate.Api.Auth.ApiKeyStore.KnownFor);

        await client.SearchDeclarationsAsync().ShouldFailWithAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_officer_key_is_scoped_to_its_unit()
    {
        var issued = await IssueAsync("officer", ["chi_ma"], "Tổ trưởng Chi Ma");
        var officer = new BorderGateClient(app.ClientWithKey(issued.Key));

        Assert.NotNull(await officer.GetUnitQueueAsync("CHI_MA"));
        await officer.GetUnitQueueAsync("HUU_NGHI").ShouldFailWithAsync(HttpStatusCode.Forbidden);
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
        var client = new BorderGateClient(app.ClientWithKey(key));

        await client.IssueApiKeyAsync(new IssueApiKeyRequest { Role = PrincipalRole.Admin, Scope = [], Label = "me" }).ShouldFailWithAsync(HttpStatusCode.Forbidden);
        await client.ListApiKeysAsync().ShouldFailWithAsync(HttpStatusCode.Forbidden);
        await client.RevokeApiKeyAsync(Guid.NewGuid()).ShouldFailWithAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Revoking_an_unknown_key_is_404()
    {
        await app.Client(DemoKey.Admin).RevokeApiKeyAsync(Guid.NewGuid()).ShouldFailWithAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_bootstrap_admin_key_comes_from_configuration()
    {
        const string secret = "bootstrap-secret-from-the-environment-0123456789";
        using var fresh = BorderGateApp.With(new Dictionary<string, string?> { ["BorderGate:BootstrapAdminKey"] = secret, ["BorderGate:DemoKeys:Enabled"] = "false" });

        Assert.NotNull(await new BorderGateClient(fresh.ClientWithKey(secret)).ListApiKeysAsync());
        await fresh.Client(DemoKey.Admin).ListApiKeysAsync().ShouldFailWithAsync(HttpStatusCode.Unauthorized);
    }
}
