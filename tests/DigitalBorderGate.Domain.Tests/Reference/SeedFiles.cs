using System.Text.Json;
using System.Text.Json.Serialization;
using DigitalBorderGate.Domain.Codes;

namespace DigitalBorderGate.Domain.Tests.Reference;

// Reads the real seed files of the repository, so that the tests check the data the API will ship with.
internal static class SeedFiles
{
    public const string March2025 = "region-vi-2025-03-15";
    public const string July2025 = "region-vi-2025-07-01";

    // The settings an API would use by default; the seeds must also satisfy the stricter ReferenceDataJson.Options.
    public static JsonSerializerOptions PlainWebOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static readonly Lazy<ReferenceDataSet> MarchData = new(() => Load(March2025));
    private static readonly Lazy<ReferenceDataSet> JulyData = new(() => Load(July2025));

    public static ReferenceDataSet March => MarchData.Value;

    public static ReferenceDataSet July => JulyData.Value;

    public static string ReadJson(string dataSet) =>
        File.ReadAllText(Path.Combine(RepositoryRoot(), "seeds", "reference", dataSet, "reference-data.json"));

    public static ReferenceDataSet Load(string dataSet) => ReferenceDataJson.Deserialize(ReadJson(dataSet));

    private static readonly Lazy<CodeLists> CodeListsData = new(() =>
        CodeLists.Read(file => File.ReadAllText(Path.Combine(RepositoryRoot(), "seeds", "codes", file))));

    /// <summary>The national code lists of seeds/codes/, as the API loads them.</summary>
    public static CodeLists Codes => CodeListsData.Value;

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DigitalBorderGate.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} contains DigitalBorderGate.sln.");
    }
}
