namespace DigitalBorderGate.Api.Features.Shared;

/// <summary>Versions travel as strong ETags: <c>"3"</c>. <c>If-Match</c> takes one, or <c>*</c> for any.</summary>
public static class IfMatch
{
    /// <summary>An ETag as the API sends it.</summary>
    public const string ETagPattern = "^\"[0-9]+\"$";

    /// <summary>The longest If-Match worth sending: a few versions; a longer one cannot match.</summary>
    public const int MaxLength = 100;

    public static string ETagOf(int version) => $"\"{version}\"";

    /// <summary>Whether the header allows acting on <paramref name="currentVersion"/>; no header allows it.</summary>
    public static bool Allows(HttpContext context, int currentVersion)
    {
        var header = context.Request.Headers.IfMatch;
        if (header.Count == 0)
        {
            return true;
        }
        var tags = header.SelectMany(value => (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        return tags.Any(tag => tag == "*" || tag == ETagOf(currentVersion));
    }

    public static bool IsPresent(HttpContext context) => context.Request.Headers.IfMatch.Count > 0;
}
