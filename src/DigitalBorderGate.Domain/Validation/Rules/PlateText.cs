using System.Text;

namespace DigitalBorderGate.Domain.Validation.Rules;

/// <summary>
/// The one normalisation of plate text, for both countries: separators ('-', '.', '·', white space) stripped and
/// letters upper-cased (đ → Đ). Storage and search both go through it.
/// </summary>
public static class PlateText
{
    public static string? Compact(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '-' or '.' or '·' or '•' || char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>
    /// The key a plate is stored and searched under: the compact text without a leading Chinese province
    /// character, because the platform and declarants write Chinese plates both with and without it.
    /// </summary>
    public static string SearchKey(string value)
    {
        var compact = Compact(value) ?? "";
        return compact.Length > 1 && ChinesePlate.IsProvinceCharacter(compact[0]) ? compact[1..] : compact;
    }
}
