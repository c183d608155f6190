using System.Globalization;
using System.Security.Claims;

namespace DigitalBorderGate.Api.Hosting.Middleware;

/// <summary>
/// Answers 429 with Retry-After once a caller has spent its burst; runs after authentication so keys are known.
/// Every route counts: the anonymous ones (health, the OpenAPI document, the reference page) share the anonymous
/// allowance of the caller's address, so no route lets an unknown client spend the server's time without limit.
/// </summary>
internal static class RateLimitingMiddleware
{
    public static void UseKeyRateLimiting(this WebApplication app) => app.Use(async (context, next) =>
    {
        var keyId = context.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        var caller = keyId is not null ? "key:" + keyId : "address:" + context.Connection.RemoteIpAddress;
        var wait = context.RequestServices.GetRequiredService<RequestRateLimiter>().TryAcquire(caller, keyId is not null);
        if (wait is null)
        {
            await next(context);
            return;
        }
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.Value.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await (keyId is not null ? Refusals.TooManyRequests(seconds) : Refusals.TooManyAnonymousRequests(seconds)).WriteAsync(context);
    });
}
