namespace DigitalBorderGate.Api.Tests.Features.Console;

public sealed class ConsoleFilesTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public ConsoleFilesTests(BorderGateApp app) => this.app = app;

    [Fact]
    public async Task The_console_is_served_with_a_policy_that_allows_this_origin_only()
    {
        var client = app.ClientWithKey(null);

        var page = await client.GetAsync("/console");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("connect-src 'self';", policy);
        Assert.DoesNotContain("unsafe", policy);
        Assert.DoesNotContain("http", policy);
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());

        var script = await client.GetAsync("/console/app.js");
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        var again = new HttpRequestMessage(HttpMethod.Get, "/console/app.js") { Headers = { { "If-None-Match", script.Headers.ETag!.Tag } } };
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/console/missing.js")).StatusCode);
        Assert.Equal("default-src 'none'; frame-ancestors 'none'",
            (await client.GetAsync("/api/v1/units")).Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task The_key_never_goes_to_a_URL_or_to_local_storage()
    {
        var scripts = await Task.WhenAll(new[] { "app.js", "api.js", "stream.js", "detail.js", "queue.js", "i18n.js", "view.js" }
            .Select(file => app.ClientWithKey(null).GetStringAsync($"/console/{file}")));

        Assert.All(scripts, script => Assert.DoesNotContain("localStorage", script));
        Assert.Contains("sessionStorage", scripts[1]);
        Assert.Contains("'X-Api-Key'", scripts[1]);
    }
}
