using System.Text.Json.Nodes;

namespace DigitalBorderGate.Api.Tests.Infrastructure;

/// <summary>Submission bodies built from the contract's example; tests change what they are about.</summary>
public static class Bodies
{
    public static JsonObject ValidSubmission(string gate = "HUU_NGHI", string taxCode = DemoKey.TaxCodeA, string plate = "12C-123.45", DateTimeOffset? arrival = null) => new()
    {
        ["direction"] = "import",
        ["borderGateCode"] = gate,
        ["expectedArrivalAt"] = (arrival ?? BorderGateApp.DefaultNow.AddHours(20)).ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-ddTHH:mm:sszzz"),
        ["declarantTaxCode"] = taxCode,
        ["feePayerTaxCode"] = null,
        ["contactPhone"] = "+84912345678",
        ["parkingYard"] = null,
        ["vehicle"] = new JsonObject
        {
            ["plateNumber"] = plate,
            ["nationality"] = "VN",
            ["vehicleClass"] = "VT6",
            ["trailerPlateNumber"] = "12R-012.34",
            ["containerNumbers"] = new JsonArray("CSQU3054383"),
            ["sealNumbers"] = new JsonArray(),
            ["driver"] = new JsonObject { ["fullName"] = "Nguyễn Văn Đức", ["phone"] = "+84987654321", ["identityNumber"] = "020123456789" },
        },
        ["goods"] = new JsonArray(
            new JsonObject { ["customsDeclarationNumber"] = "105123456780", ["grossWeightKg"] = 24500, ["items"] = new JsonArray() },
            new JsonObject
            {
                ["customsDeclarationNumber"] = null,
                ["grossWeightKg"] = 1200,
                ["items"] = new JsonArray(new JsonObject
                {
                    ["description"] = "Sầu riêng tươi",
                    ["hsCode"] = "08106000",
                    ["quantity"] = 1200,
                    ["unit"] = "KGM",
                    ["weightKg"] = 1200,
                }),
            }),
        ["transshipment"] = null,
    };

    /// <summary>A truck whose every goods group is declared in VNACCS already: an import, or an export (numbers 3…).</summary>
    public static JsonObject DeclaredSubmission(string direction = "import", string gate = "HUU_NGHI", DateTimeOffset? arrival = null, string taxCode = DemoKey.TaxCodeA)
    {
        var body = ValidSubmission(gate: gate, arrival: arrival, taxCode: taxCode);
        var prefix = direction == "export" ? "3" : "1";
        body["direction"] = direction;
        body["goods"]![0]!["customsDeclarationNumber"] = $"{prefix}05123456780";
        body["goods"]![1]!["customsDeclarationNumber"] = $"{prefix}05123456791";
        return body;
    }
}
