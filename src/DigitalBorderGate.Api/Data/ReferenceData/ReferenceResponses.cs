using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;

namespace DigitalBorderGate.Api.Data.ReferenceData;

/// <summary>A reference-data response serialised once, with the strong ETag of its bytes.</summary>
internal sealed record CachedJson(byte[] Body, string ETag);

/// <summary>
/// The reference-data responses of one snapshot, built on first request and kept until the data set changes (a new
/// snapshot brings a new cache). Bounded, because the date a listing is asked for comes from the caller.
/// </summary>
internal sealed class ReferenceResponses
{
    private const int MaxEntries = 512;
    private readonly ConcurrentDictionary<(string Resource, DateOnly On), CachedJson> responses = new();

    public CachedJson Get<T>(string resource, DateOnly on, Func<T> build)
    {
        if (responses.TryGetValue((resource, on), out var cached))
        {
            return cached;
        }
        var body = JsonSerializer.SerializeToUtf8Bytes(build(), ApiJson.Options);
        cached = new CachedJson(body, $"\"{Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16))}\"");
        if (responses.Count < MaxEntries)
        {
            responses.TryAdd((resource, on), cached);
        }
        return cached;
    }
}
