namespace DigitalBorderGate.Api.Tests.Hardening;

public sealed class ResponseHeaderTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public ResponseHeaderTests(BorderGateApp app) => this.app = app;

    [Theory]
    [InlineData("/api/v1/border-gates", "dbg_demo_admin")]
    [InlineData("/api/v1/declarations/00000000-0000-0000-0000-000000000000", "dbg_demo_declarant_0100109106")]
    [InlineData("/api/v1/units", null)]
    [InlineData("/no/such/path", null)]
    public async Task Every_response_carries_the_security_headers(string path, string? key)
    {
        var response = await app.ClientWithKey(key).GetAsync(path);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Cors_is_closed_unless_configured()
    {
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/units");
        preflight.Headers.Add("Origin", "https://evil.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");

        var response = await app.ClientWithKey(null).SendAsync(preflight);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_configured_origin_may_call_from_a_browser()
    {
        using var configured = BorderGateApp.With(new Dictionary<string, string?> { ["BorderGate:CorsAllowedOrigins:0"] = "https://app.logistics.example" });
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/units");
        request.Headers.Add("Origin", "https://app.logistics.example");
        request.Headers.Add("X-Api-Key", DemoKey.DeclarantA.Secret);

        var response = await configured.ClientWithKey(null).SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("https://app.logistics.example", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }
}
