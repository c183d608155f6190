using System.Text.Json;
using System.Text.Json.Serialization;

namespace DigitalBorderGate.Domain.Reference;

/// <summary>The JSON shape of the seed files: camelCase names, enums as camelCase strings, ISO dates.</summary>
public static class ReferenceDataJson
{
    // Strict on purpose: a misspelt or missing property in a seed file must fail, not silently become a default.
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <exception cref="JsonException">The text is not a reference data set.</exception>
    public static ReferenceDataSet Deserialize(string json) =>
        JsonSerializer.Deserialize<ReferenceDataSet>(json, Options)
        ?? throw new JsonException("The reference data is the JSON literal null.");
}
