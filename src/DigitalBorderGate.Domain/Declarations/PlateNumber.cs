using System.Text;

namespace DigitalBorderGate.Domain.Declarations;

/// <summary>
/// How plates are written down and compared: separators ('-', '.', '·') and white space dropped, letters upper-cased
/// (đ → Đ), and Guangxi's province character 桂 dropped, since every Chinese truck at these gates is from Guangxi.
/// Stored plates are in this form, and a plate typed into a search is brought to it, so 12c 123.45 finds 12C12345.
/// </summary>
public static class PlateNumber
{
    private const char Guangxi = '桂';

    /// <summary>The plate without separators and white space, upper-cased; any province character is kept.</summary>
    public static string Compact(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is not ('-' or '.' or '·') && !char.IsWhiteSpace(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }
        return builder.ToString();
    }

    /// <summary>The form plates are stored and searched in.</summary>
    public static string Normalize(string value) => WithoutGuangxi(Compact(value));

    /// <summary>The plate without a leading 桂.</summary>
    public static string WithoutGuangxi(string compact) => compact.Length > 0 && compact[0] == Guangxi ? compact[1..] : compact;
}
