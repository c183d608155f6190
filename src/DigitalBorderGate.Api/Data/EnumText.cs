namespace DigitalBorderGate.Api.Data;

/// <summary>
/// The one mapping between an enum value and its text: stored as the same camelCase string it travels as, so rows
/// read plainly in SQL, and read back from either.
/// </summary>
internal static class EnumText
{
    public static string Of<T>(T value) where T : struct, Enum => EnumNaming.Instance.ConvertName(value.ToString());

    public static T Parse<T>(string value) where T : struct, Enum => Enum.Parse<T>(value, ignoreCase: true);

    /// <summary>Reads a value from input by its name as it travels (any letter case); never by number.</summary>
    public static bool TryParseName<T>(string? text, out T value) where T : struct, Enum
    {
        var name = text?.Trim();
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Of(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }
}
