namespace DigitalBorderGate.Api.Features.Declarations.Submit;

/// <summary>The contract's sample submission, shown in the API reference.</summary>
public static class SubmissionExample
{
    public const string Json = """
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
