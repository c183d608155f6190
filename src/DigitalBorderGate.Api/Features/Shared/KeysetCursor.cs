using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace DigitalBorderGate.Api.Features.Shared;

/// <summary>
/// An opaque position in a list ordered by (time, id): the last item a page returned. It carries no filter,
/// so a tampered cursor can only move the position, never widen what the caller may see.
/// </summary>
internal readonly record struct KeysetCursor(DateTimeOffset At, Guid Id)
{
    /// <summary>The longest cursor read; every cursor of the API is shorter.</summary>
    public const int MaxLength = 100;

    private const string Version = "1";

    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Version}|{At.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{Id:N}"));

    public static bool TryDecode(string? text, out KeysetCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
        {
            return false;
        }
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split('|');
            if (parts is not [Version, var ticksText, var idText]
                || !long.TryParse(ticksText, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks
                || !Guid.TryParseExact(idText, "N", out var id))
            {
                return false;
            }
            cursor = new KeysetCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
