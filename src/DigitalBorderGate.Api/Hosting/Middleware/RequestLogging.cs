using System.Diagnostics;
using System.Security.Claims;

namespace DigitalBorderGate.Api.Hosting.Middleware;

/// <summary>
/// One log line per request with the trace id that problem details carry, so a caller's report leads to the log.
/// It names the key by its id and the path without the query: secrets and personal data never reach the log.
/// </summary>
internal static class RequestLogging
{
    public static void UseRequestLogging(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("DigitalBorderGate.Requests");
        app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            using var scope = logger.BeginScope(new Dictionary<string, object> { ["TraceId"] = Problem.TraceId(context) });
            try
            {
                await next(context);
            }
            finally
            {
                logger.LogInformation("{Method} {Path} answered {StatusCode} in {ElapsedMs:0.0} ms for key {KeyId}",
                    context.Request.Method, context.Request.Path.Value, context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                    context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "none");
            }
        });
    }
}
