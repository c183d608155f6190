using System.Globalization;
using System.Text.Json.Nodes;

namespace DigitalBorderGate.Api.Features.Declarations.Submit;

/// <summary>The contract's sample submission, shown in the API reference: valid when sent, so its arrival is tomorrow.</summary>
internal static class SubmissionExample
{
    /// <summary>The sample with the truck arriving at 08:30 tomorrow, Vietnam time.</summary>
    public static JsonNode Build(DateTimeOffset now)
    {
        var tomorrow = VietnamTime.DateOf(now).AddDays(1);
        var arrival = new DateTimeOffset(tomorrow.ToDateTime(new TimeOnly(8, 30)), TimeSpan.FromHours(7));
        var example = JsonNode.Parse(Json)!;
        example["expectedArrivalAt"] = arrival.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        return example;
    }

    private const string Json = """
        {
          "direction": "import",
          "borderGateCode": "HUU_NGHI",
          "expectedArrivalAt": "2026-11-24T08:30:00+07:00",
          "declarantTaxCode": "0100109106",
          "feePayerTaxCode": null,
          "contactPhone": "+84912345678",
          "parkingYard": null,
          "vehicle": {
            "plateNumber": "12C-123.45",
            "nationality": "VN",
            "vehicleClass": "VT6",
            "trailerPlateNumber": "12R-012.34",
            "containerNumbers": ["CSQU3054383"],
            "sealNumbers": [],
            "driver": { "fullName": "Nguyễn Văn Đức", "phone": "+84987654321", "identityNumber": "020123456789" }
          },
          "goods": [
            { "customsDeclarationNumber": "105123456780", "grossWeightKg": 24500, "items": [] },
            { "customsDeclarationNumber": null, "grossWeightKg": 1200,
              "items": [ { "description": "Sầu riêng tươi", "hsCode": "08106000", "quantity": 1200, "unit": "KGM", "weightKg": 1200 } ] }
          ],
          "transshipment": null
        }
        """;
}
