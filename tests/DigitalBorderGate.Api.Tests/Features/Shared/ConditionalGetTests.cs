using System.Net.Http.Headers;

namespace DigitalBorderGate.Api.Tests.Features.Shared;

public sealed class ConditionalGetTests : IClassFixture<BorderGateApp>
{
    private readonly BorderGateApp app;

    public ConditionalGetTests(BorderGateApp app) => this.app = app;

    [Theory]
    [InlineData("/api/v1/border-gates")]
    [InlineData("/api/v1/units")]
    [InlineData("/api/v1/units?on=2025-07-01")]
    public async Task Reference_data_carries_an_etag_and_a_client_holding_it_gets_304_without_a_body(string path)
    {
        using var client = app.As(DemoKey.DeclarantA);
        var first = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        var body = await first.Content.ReadAsStringAsync();

        var again = await client.GetAsync(path);
        Assert.Equal(etag, again.Headers.ETag);
        Assert.Equal(body, await again.Content.ReadAsStringAsync());

        using var conditional = new HttpRequestMessage(HttpMethod.Get, path);
        conditional.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var stale = new HttpRequestMessage(HttpMethod.Get, path);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0123456789abcdef\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task A_conditional_get_still_needs_a_valid_key()
    {
        var etag = (await app.As(DemoKey.DeclarantA).GetAsync("/api/v1/border-gates")).Headers.ETag!;
        using var anonymous = app.ClientWithKey(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/border-gates");
        request.Headers.IfNoneMatch.Add(etag);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(request)).StatusCode);
    }
}
