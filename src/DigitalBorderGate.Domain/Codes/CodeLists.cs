using System.Text.Json;

namespace DigitalBorderGate.Domain.Codes;

/// <summary>
/// The national code lists the field rules check against: the provincial codes of Vietnamese plates, the province
/// codes of citizen identity numbers and the units of measure of VNACCS item lines.
/// </summary>
public sealed record CodeLists(CodeList PlateProvinces, CodeList IdentityProvinces, CodeList UnitsOfMeasure)
{
    public const string PlateProvincesFile = "vietnam-plate-provinces.json";
    public const string IdentityProvincesFile = "identity-provinces.json";
    public const string UnitsOfMeasureFile = "units-of-measure.json";

    /// <summary>Builds the lists from the text of the three files, given a function that reads one by name.</summary>
    /// <exception cref="JsonException">A file is not a code list.</exception>
    public static CodeLists Read(Func<string, string> readFile)
    {
        ArgumentNullException.ThrowIfNull(readFile);
        return new CodeLists(Parse(readFile(PlateProvincesFile)), Parse(readFile(IdentityProvincesFile)), Parse(readFile(UnitsOfMeasureFile)));
    }

    private static CodeList Parse(string json) =>
        JsonSerializer.Deserialize<CodeList>(json, Reference.ReferenceDataJson.Options)
        ?? throw new JsonException("The code list is the JSON literal null.");
}
