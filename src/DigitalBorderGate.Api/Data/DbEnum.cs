namespace DigitalBorderGate.Api.Data;

/// <summary>Enums are stored as the same camelCase strings they travel as, so rows read plainly in SQL.</summary>
public static class DbEnum
{
    public static string ToDb<T>(T value) where T : struct, Enum => EnumNaming.Instance.ConvertName(value.ToString());

    public static T Parse<T>(string value) where T : struct, Enum => Enum.Parse<T>(value, ignoreCase: true);

    /// <summary>Reads a value from input by its name as it travels (any letter case); never by number.</summary>
    public static bool TryParseName<T>(string? text, out T value) where T : struct, Enum
    {
        var name = text?.Trim();
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(ToDb(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }
}
