using System.Text.Json.Nodes;
using DigitalBorderGate.Api.Features.Shared;
using Microsoft.OpenApi;

namespace DigitalBorderGate.Api.Hosting.OpenApi;

/// <summary>
/// Parameters that mean the same wherever they appear, described and bounded once: every list pages with
/// <c>limit</c> and <c>cursor</c>, codes and plates are short, times take a date alone as Vietnam's day, and every
/// path parameter has an example that example-driven tools can send.
/// </summary>
internal static class ParameterConventions
{
    private const int CodeMaxLength = 50;

    /// <summary>The longest value of each named query string the server can match; a longer one never matches.</summary>
    private static readonly Dictionary<string, (int MaxLength, string? Pattern)> Strings = new(StringComparer.Ordinal)
    {
        ["cursor"] = (KeysetCursor.MaxLength, "^[A-Za-z0-9_-]+$"),
        ["referenceNumber"] = (13, "^[0-9]{13}$"),
        ["plateNumber"] = (20, null),
        ["borderGateCode"] = (CodeMaxLength, null),
        ["gate"] = (CodeMaxLength, null),
        ["code"] = (CodeMaxLength, null),
    };

    /// <summary>The longest valid text of each format: a longer one is never valid.</summary>
    private static readonly Dictionary<string, int> FormattedLengths = new(StringComparer.Ordinal)
    {
        ["uuid"] = 36,
        ["date"] = 10,
        ["date-time"] = 40,
    };

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["limit"] = $"How many items a page holds: 1 to {PageLimit.Max} (default {PageLimit.Default}).",
        ["cursor"] = "The `nextCursor` of the previous page; absent for the first page.",
        ["referenceNumber"] = "The 13-digit reference number.",
        ["plateNumber"] = "A plate as typed: separators and letter case do not matter (`12c 123.45` finds `12C12345`).",
    };

    public static IOpenApiSchema Limits(string name, IOpenApiSchema schema)
    {
        if (schema is not OpenApiSchema inline)
        {
            return schema;
        }
        if (name == "limit" && inline.Type is { } type && (type & JsonSchemaType.Integer) != 0)
        {
            inline.Minimum = "1";
            inline.Maximum = PageLimit.Max.ToString(System.Globalization.CultureInfo.InvariantCulture);
            inline.Default = JsonValue.Create(PageLimit.Default);
        }
        else if (inline.Type is { } integer && (integer & JsonSchemaType.Integer) != 0)
        {
            // Ids count from 1.
            inline.Minimum ??= "1";
            inline.Maximum ??= inline.Format == "int32" ? int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture) : long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (inline.Format is { } format && FormattedLengths.TryGetValue(format, out var length))
        {
            inline.MaxLength ??= length;
        }
        else if (inline.Type is { } stringType && (stringType & JsonSchemaType.String) != 0 && inline.Format is null && inline.Enum is not { Count: > 0 }
            && Strings.TryGetValue(name, out var limits))
        {
            inline.MaxLength ??= limits.MaxLength;
            inline.Pattern ??= limits.Pattern;
        }
        return schema;
    }

    public static string? QueryDescription(string name, Type type) =>
        Descriptions.TryGetValue(name, out var description) ? description
        : (Nullable.GetUnderlyingType(type) ?? type) == typeof(DateTimeOffset)
            ? "ISO 8601 with offset (`2026-11-23T08:00:00+07:00`); a date alone (`2026-11-23`) is 00:00 of that day in Vietnam (+07:00)."
            : null;

    public static JsonNode? PathExample(string name, IOpenApiSchema schema) => schema switch
    {
        { Format: "uuid" } => JsonValue.Create("0b9c3d52-7f0e-4d2a-9a51-2f6c1e8d4a10"),
        { Type: { } type } when (type & JsonSchemaType.Integer) != 0 => JsonValue.Create(1),
        _ when name == "code" => JsonValue.Create("HUU_NGHI"),
        _ => null,
    };
}
