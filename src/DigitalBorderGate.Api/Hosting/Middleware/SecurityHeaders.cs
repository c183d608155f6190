namespace DigitalBorderGate.Api.Hosting.Middleware;

/// <summary>The headers a JSON API sends so that no browser sniffs, frames, caches or shares its answers.</summary>
public static class SecurityHeaders
{
    public static void UseSecurityHeaders(this WebApplication app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
            if (!headers.ContainsKey("Cache-Control"))
            {
                // Declarations are personal and change by the minute: nothing in between may keep them.
                headers.CacheControl = "no-store";
            }
            return Task.CompletedTask;
        });
        return next(context);
    });
}
