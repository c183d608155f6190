using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace DigitalBorderGate.Api.Hosting.OpenApi;

/// <summary>
/// The OpenAPI document, generated once and kept: generating it costs tens of milliseconds of CPU, and it only
/// changes with the code, or with the day (its sample submission arrives tomorrow). Served with an ETag, so a client
/// that already has it gets 304.
/// </summary>
internal sealed class ContractDocument(IServiceProvider services, TimeProvider clock)
{
    private readonly SemaphoreSlim building = new(1, 1);
    private Built? current;

    public sealed record Built(DateOnly Day, byte[] Json, string ETag);

    public async Task<Built> GetAsync(CancellationToken cancellationToken)
    {
        var day = VietnamTime.DateOf(clock.GetUtcNow());
        if (current is { } ready && ready.Day == day)
        {
            return ready;
        }
        await building.WaitAsync(cancellationToken);
        try
        {
            if (current is { } again && again.Day == day)
            {
                return again;
            }
            var provider = services.GetRequiredKeyedService<IOpenApiDocumentProvider>(OpenApiSetup.DocumentName);
            var document = await provider.GetOpenApiDocumentAsync(cancellationToken);
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            document.SerializeAsV3(new OpenApiJsonWriter(text));
            var json = System.Text.Encoding.UTF8.GetBytes(text.ToString());
            current = new Built(day, json, "\"" + Convert.ToHexStringLower(SHA256.HashData(json))[..32] + "\"");
            return current;
        }
        finally
        {
            building.Release();
        }
    }

    public static async Task ServeAsync(HttpContext context, ContractDocument contract)
    {
        var built = await contract.GetAsync(context.RequestAborted);
        context.Response.Headers.ETag = built.ETag;
        // Kept, but checked again before each use: the ETag makes that check cheap.
        context.Response.Headers.CacheControl = "no-cache";
        if (context.Request.Headers.IfNoneMatch.Any(value => (value ?? "").Split(',', StringSplitOptions.TrimEntries).Any(tag => tag == built.ETag || tag == "*")))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = built.Json.Length;
        await context.Response.Body.WriteAsync(built.Json, context.RequestAborted);
    }
}
