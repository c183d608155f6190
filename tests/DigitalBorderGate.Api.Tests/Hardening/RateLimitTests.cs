namespace DigitalBorderGate.Api.Tests.Hardening;

public sealed class RateLimitTests
{
    private static BorderGateApp Limited() => BorderGateApp.With(new Dictionary<string, string?>
    {
        ["BorderGate:RateLimit:PermitsPerSecond"] = "2",
        ["BorderGate:RateLimit:Burst"] = "3",
        ["BorderGate:RateLimit:AnonymousPermitsPerSecond"] = "1",
        ["BorderGate:RateLimit:AnonymousBurst"] = "2",
    });

    [Fact]
    public async Task A_key_past_its_burst_gets_429_with_retry_after_and_others_are_not_slowed()
    {
        using var app = Limited();
        var noisy = app.As(DemoKey.DeclarantA);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await noisy.GetAsync("/api/v1/border-gates")).StatusCode);
        }
        var limited = await noisy.GetAsync("/api/v1/border-gates");

        await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal(TimeSpan.FromSeconds(1), limited.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, (await app.As(DemoKey.DeclarantB).GetAsync("/api/v1/border-gates")).StatusCode);

        app.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await noisy.GetAsync("/api/v1/border-gates")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await noisy.GetAsync("/api/v1/border-gates")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await noisy.GetAsync("/api/v1/border-gates")).StatusCode);
    }

    [Fact]
    public async Task Requests_without_a_valid_key_have_a_smaller_allowance()
    {
        using var app = Limited();
        var anonymous = app.ClientWithKey("dbg_guessing");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/units")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/units")).StatusCode);
        await (await anonymous.GetAsync("/api/v1/units")).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
    }

    [Theory]
    [InlineData("/openapi/v1.json")]
    [InlineData("/docs")]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Anonymous_routes_share_the_anonymous_allowance(string route)
    {
        using var app = Limited();
        var anonymous = app.ClientWithKey(null);

        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await anonymous.GetAsync(route)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/units")).StatusCode);
        var limited = await anonymous.GetAsync(route);

        await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await app.As(DemoKey.DeclarantA).GetAsync("/api/v1/units")).StatusCode);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await anonymous.GetAsync(route)).StatusCode);
    }
}
