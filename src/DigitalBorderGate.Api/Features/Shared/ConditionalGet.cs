using DigitalBorderGate.Api.Data.ReferenceData;

namespace DigitalBorderGate.Api.Features.Shared;

/// <summary>Answers a GET from prepared bytes: 304 when the client's If-None-Match names the current ETag.</summary>
internal static class ConditionalGet
{
    /// <summary>Sets the ETag and returns the answer: 304, or the prepared bytes (Cache-Control stays the API's no-store).</summary>
    public static IResult Answer(HttpContext context, CachedJson cached)
    {
        var response = context.Response;
        response.Headers.ETag = cached.ETag;
        if (Matches(context.Request.Headers.IfNoneMatch, cached.ETag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        return Results.Bytes(cached.Body, "application/json; charset=utf-8");
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0)
        {
            return false;
        }
        foreach (var value in ifNoneMatch)
        {
            if (value is not null && (value.Trim() == "*" || value.Contains(etag, StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }
}
