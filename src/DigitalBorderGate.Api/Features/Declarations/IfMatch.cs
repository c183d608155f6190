namespace DigitalBorderGate.Api.Features.Declarations;

/// <summary>Versions travel as strong ETags: <c>"3"</c>. <c>If-Match</c> takes one, or <c>*</c> for any.</summary>
public static class IfMatch
{
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
