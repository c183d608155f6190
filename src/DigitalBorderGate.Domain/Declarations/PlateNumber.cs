using System.Text;
using DigitalBorderGate.Domain.Validation.Rules;

namespace DigitalBorderGate.Domain.Declarations;

/// <summary>
/// How plates are written down and compared, for both countries. <see cref="Compact"/> drops separators ('-', '.',
/// '·') and white space and upper-cases letters (đ → Đ): the form a declaration keeps, province character included.
/// <see cref="Normalize"/> also drops a leading Chinese province character, because Chinese plates are written both
/// with and without it: the form plates are stored and searched under, so 12c 123.45 finds 12C12345 and F12345
/// finds 桂F12345.
/// </summary>
public static class PlateNumber
{
    public static string Compact(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is not ('-' or '.' or '·' or '•') && !char.IsWhiteSpace(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }
        return builder.ToString();
    }

    /// <summary>The form plates are stored and searched in.</summary>
    public static string Normalize(string value)
    {
        var compact = Compact(value);
        return compact.Length > 1 && ChinesePlate.IsProvinceCharacter(compact[0]) ? compact[1..] : compact;
    }
}
