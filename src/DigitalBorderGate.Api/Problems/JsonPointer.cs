using System.Text;
using System.Text.RegularExpressions;

namespace DigitalBorderGate.Api.Problems;

/// <summary>Turns the paths System.Text.Json and FastEndpoints report ($.goods[1].items, Vehicle.PlateNumber) into JSON Pointers.</summary>
internal static partial class JsonPointer
{
    public static string FromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "";
        }
        var pointer = new StringBuilder();
        foreach (Match segment in Segments().Matches(path))
        {
            var name = segment.Groups["name"].Success ? segment.Groups["name"].Value
                : segment.Groups["quoted"].Success ? segment.Groups["quoted"].Value
                : segment.Groups["index"].Value;
            pointer.Append('/').Append(name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
        }
        return pointer.ToString();
    }

    /// <summary>A property name as it travels on the wire (camelCase).</summary>
    public static string Camel(string name) =>
        string.IsNullOrEmpty(name) ? name : string.Join('.', name.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\['(?<quoted>[^']*)'\]|\[(?<index>\d+)\]")]
    private static partial Regex Segments();
}
