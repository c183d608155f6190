using System.Globalization;

namespace DigitalBorderGate.Api.Features.Declarations;

/// <summary>Versions travel as strong ETags: <c>"3"</c>. <c>If-Match</c> takes one or more, or <c>*</c> for any.</summary>
internal static class IfMatch
{
    /// <summary>An ETag as the API sends it.</summary>
    public const string ETagPattern = "^\"[0-9]+\"$";

    /// <summary>The longest If-Match worth sending: a few versions; a longer one cannot match.</summary>
    public const int MaxLength = 100;

    public static string ETagOf(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    public static bool IsPresent(HttpContext context) => context.Request.Headers.IfMatch.Count > 0;

    /// <summary>The versions the header allows acting on; no header, or <c>*</c>, allows any.</summary>
    public static ExpectedVersion Read(HttpContext context)
    {
        var tags = context.Request.Headers.IfMatch
            .SelectMany(value => (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        if (!IsPresent(context) || tags.Contains("*"))
        {
            return ExpectedVersion.Any;
        }
        return ExpectedVersion.OneOf(tags.Select(VersionOf).OfType<int>());
    }

    // Only the exact form this API issues names a version: "03" or a weak W/"3" never matches.
    private static int? VersionOf(string tag) =>
        tag.Length > 2 && tag[0] == '"' && tag[^1] == '"'
        && int.TryParse(tag.AsSpan(1, tag.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
        && ETagOf(version) == tag
            ? version
            : null;
}
