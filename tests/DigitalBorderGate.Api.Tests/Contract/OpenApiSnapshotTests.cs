using System.Text;
using System.Text.Json.Nodes;

namespace DigitalBorderGate.Api.Tests.Contract;

/// <summary>
/// The document the API serves is the one checked in as api-specs/openapi.json, which the client is generated from.
/// After an intended change, run the tests once with BORDERGATE_UPDATE_OPENAPI=1 to rewrite the file, and review its diff.
/// </summary>
public sealed class OpenApiSnapshotTests(BorderGateApp app) : IClassFixture<BorderGateApp>
{
    private const string UpdateVariable = "BORDERGATE_UPDATE_OPENAPI";

    [Fact]
    public async Task The_served_document_is_the_checked_in_contract()
    {
        var served = await app.CreateClient().GetStringAsync("/openapi/v1.json");
        var file = ContractFiles.OpenApiDocument;

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(file, Pretty(served) + "\n");
            return;
        }

        var differences = Differences(JsonNode.Parse(await File.ReadAllTextAsync(file)), JsonNode.Parse(served), "").Take(20).ToList();
        Assert.True(differences.Count == 0,
            $"The served OpenAPI document differs from {Path.GetRelativePath(ContractFiles.Root, file)}:\n  "
            + string.Join("\n  ", differences)
            + $"\nIf the change is intended, run `{UpdateVariable}=1 dotnet test` to rewrite the file, then review and commit it.");
    }

    [Fact]
    public async Task Serving_the_document_twice_gives_the_same_text()
    {
        var client = app.CreateClient();
        Assert.Equal(await client.GetStringAsync("/openapi/v1.json"), await client.GetStringAsync("/openapi/v1.json"));
    }

    private static string Pretty(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });

    /// <summary>Every place where the two documents differ, as JSON Pointers; property order does not count.</summary>
    private static IEnumerable<string> Differences(JsonNode? expected, JsonNode? actual, string pointer)
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var name in e.Select(p => p.Key).Union(a.Select(p => p.Key)).Order(StringComparer.Ordinal))
                {
                    var child = pointer + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
                    if (!a.ContainsKey(name))
                    {
                        yield return $"{child}: in the file, no longer served";
                    }
                    else if (!e.ContainsKey(name))
                    {
                        yield return $"{child}: served, not in the file";
                    }
                    else
                    {
                        foreach (var difference in Differences(e[name], a[name], child))
                        {
                            yield return difference;
                        }
                    }
                }
                break;
            case (JsonArray e, JsonArray a) when e.Count == a.Count:
                for (var i = 0; i < e.Count; i++)
                {
                    foreach (var difference in Differences(e[i], a[i], $"{pointer}/{i}"))
                    {
                        yield return difference;
                    }
                }
                break;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                {
                    yield return $"{(pointer.Length == 0 ? "/" : pointer)}: file has {Short(expected)}, served {Short(actual)}";
                }
                break;
        }
    }

    private static string Short(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length <= 120 ? text : new StringBuilder(text, 0, 117, 120).Append("...").ToString();
    }
}
