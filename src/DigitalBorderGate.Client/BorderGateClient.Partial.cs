using System.Text.Json;
using System.Text.Json.Serialization;

namespace DigitalBorderGate.Client;

/// <summary>What the generated client leaves to hand-written code.</summary>
public partial class BorderGateClient
{
    /// <summary>
    /// The <c>ETag</c> of the last response this instance received (a submission's 201, a read, an amendment or a
    /// transition): the version to send as <c>If-Match</c> next, without reading the declaration again. One value per
    /// instance: use an instance per conversation when calls run in parallel.
    /// </summary>
    public string? LastETag { get; private set; }

    // NSwag writes a converter on single enum properties only; with this one, enums inside lists (webhook event
    // names) travel by their wire names too.
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) =>
        settings.Converters.Add(new JsonStringEnumConverter());

    partial void ProcessResponse(HttpClient client, HttpResponseMessage response) =>
        LastETag = response.Headers.ETag?.ToString();
}
