using System.Globalization;
using System.Security.Claims;
using DigitalBorderGate.Api.Problems;

namespace DigitalBorderGate.Api.Hosting.Middleware;

/// <summary>Answers 429 with Retry-After once a caller has spent its burst; runs after authentication so keys are known.</summary>
public static class RateLimitingMiddleware
{
    public static void UseKeyRateLimiting(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }
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
        await Refusals.TooManyRequests(seconds).WriteAsync(context);
    });
}
