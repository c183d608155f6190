namespace DigitalBorderGate.Api.Hosting.Middleware;

/// <summary>While the database is not ready, API requests get 503 with Retry-After at once instead of waiting on it.</summary>
internal static class ReadinessGate
{
    public const int RetryAfterSeconds = 5;

    public static void UseReadinessGate(this WebApplication app) => app.Use(async (context, next) =>
    {
        var api = context.Request.Path.StartsWithSegments("/api");
        if (api && !context.RequestServices.GetRequiredService<DatabaseReadiness>().IsReady)
        {
            await Unavailable(context);
            return;
        }
        await next(context);
        if (api && context.Response.StatusCode < StatusCodes.Status500InternalServerError)
        {
            // Every API request reads its key from the database, so an answer below 500 means the database answered.
            context.RequestServices.GetRequiredService<DatabaseOutageLog>().Answered();
        }
    });

    public static Task Unavailable(HttpContext context)
    {
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Refusals.Unavailable.WriteAsync(context);
    }
}
