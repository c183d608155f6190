namespace DigitalBorderGate.Api.Data;

/// <summary>Enums are stored as the same camelCase strings they travel as, so rows read plainly in SQL.</summary>
public static class DbEnum
{
    public static string ToDb<T>(T value) where T : struct, Enum => EnumNaming.Instance.ConvertName(value.ToString());

    public static T Parse<T>(string value) where T : struct, Enum => Enum.Parse<T>(value, ignoreCase: true);
}
