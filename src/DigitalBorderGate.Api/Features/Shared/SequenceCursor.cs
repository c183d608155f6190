using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace DigitalBorderGate.Api.Features.Shared;

/// <summary>An opaque position in a list ordered by an increasing integer id (events, deliveries).</summary>
internal readonly record struct SequenceCursor(long After)
{
    private const string Prefix = "s1|";

    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + After.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string? text, out SequenceCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(text) || text.Length > 40)
        {
            return false;
        }
        try
        {
            var decoded = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
            if (!decoded.StartsWith(Prefix, StringComparison.Ordinal)
                || !long.TryParse(decoded.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var after))
            {
                return false;
            }
            cursor = new SequenceCursor(after);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
