namespace DigitalBorderGate.Api.Hosting.Middleware;

/// <summary>The headers a JSON API sends so that no browser sniffs, frames, caches or shares its answers.</summary>
internal static class SecurityHeaders
{
    /// <summary>
    /// The API reference page is the one HTML page: it runs Scalar's scripts and styles from its own route (plus the
    /// inline module that starts it, and the styles it injects), reads the document from this origin and shows
    /// images and fonts embedded in them. Nothing else, and no other origin.
    /// </summary>
    public const string ReferencePagePolicy =
        "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static void UseSecurityHeaders(this WebApplication app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(OpenApi.OpenApiSetup.ReferencePath)
                ? ReferencePagePolicy
                : context.Request.Path.StartsWithSegments(Features.Console.ConsoleFiles.Path)
                    ? Features.Console.ConsoleFiles.ContentSecurityPolicy
                    : "default-src 'none'; frame-ancestors 'none'";
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
