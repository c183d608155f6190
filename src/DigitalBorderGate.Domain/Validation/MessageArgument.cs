using System.Globalization;
using DigitalBorderGate.Domain.Lifecycle;

namespace DigitalBorderGate.Domain.Validation;

/// <summary>
/// How a message argument reads in each language: numbers grouped the way readers write them (60,000 in English,
/// 60.000 in Vietnamese), risk channels named in the reader's language, anything else as it is.
/// </summary>
internal static class MessageArgument
{
    private const string NumberFormat = "#,##0.###";

    private static readonly NumberFormatInfo VietnameseNumbers = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NegativeSign = "-",
    };

    public static string English(object argument) => argument switch
    {
        RiskChannel channel => channel.ToString().ToLowerInvariant(),
        BilingualText text => text.English,
        IFormattable number when IsNumber(number) => number.ToString(NumberFormat, CultureInfo.InvariantCulture),
        _ => Convert.ToString(argument, CultureInfo.InvariantCulture) ?? "",
    };

    public static string Vietnamese(object argument) => argument switch
    {
        RiskChannel.Green => "xanh",
        RiskChannel.Yellow => "vàng",
        RiskChannel.Red => "đỏ",
        BilingualText text => text.Vietnamese,
        IFormattable number when IsNumber(number) => number.ToString(NumberFormat, VietnameseNumbers),
        _ => Convert.ToString(argument, CultureInfo.InvariantCulture) ?? "",
    };

    private static bool IsNumber(object value) => value is int or long or decimal or double;
}

/// <summary>A message argument that reads differently in each language, e.g. "the border gate Chi Ma" / "cửa khẩu Chi Ma".</summary>
public sealed record BilingualText(string English, string Vietnamese);
