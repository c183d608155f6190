using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DigitalBorderGate.Api;

/// <summary>The one JSON configuration of the wire format, shared by FastEndpoints, ASP.NET Core and the stores.</summary>
internal static class ApiJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(EnumNaming.Instance, allowIntegerValues: false));
        // A misspelt field is an error the client should hear about, not a value silently dropped.
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.MaxDepth = 32;
        // A number is a JSON number: "24500" in quotes is a mistake worth telling the client about.
        options.NumberHandling = JsonNumberHandling.Strict;
        // Vietnamese and Chinese text travels as itself rather than as \u escapes.
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        return options;
    }
}

/// <summary>Enums travel as camelCase strings, except codes that are acronyms already (VN, CN), which stay as they are.</summary>
internal sealed class EnumNaming : JsonNamingPolicy
{
    public static readonly EnumNaming Instance = new();

    public override string ConvertName(string name) =>
        name.All(char.IsUpper) ? name : CamelCase.ConvertName(name);
}
