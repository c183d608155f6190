using DigitalBorderGate.Domain.Validation;
using DigitalBorderGate.Domain.Validation.Rules;

namespace DigitalBorderGate.Domain.Lifecycle;

// Transshipment (sang tải): in the yard the goods move to a receiving vehicle — Vietnamese, or Chinese when an export
// is handed over at the border.
public static partial class TransitionDecider
{
    private static DeclarationProgress Transship(DeclarationProgress current, TransitionRequest request, ErrorCollector errors)
    {
        if (request.Transshipment is not { } report)
        {
            errors.Add("/transshipment", ErrorCodes.Required);
            return current;
        }
        string? plate = null;
        if (report.ReceivingNationality is not { } nationality)
        {
            errors.Add("/transshipment/receivingNationality", ErrorCodes.Required);
        }
        else
        {
            plate = errors.Check("/transshipment/receivingPlateNumber", VehiclePlate.Validate(report.ReceivingPlateNumber, nationality, PlateRole.Truck, report.VietnamesePlateProvinces));
            if (nationality == VehicleNationality.CN && current.Direction == Direction.Import)
            {
                errors.Add("/transshipment/receivingNationality", ErrorCodes.TransshipmentChineseVehicleForImport);
            }
        }
        var area = errors.Check("/transshipment/transferArea", FreeText.Validate(report.TransferArea, FreeText.PlaceMaxLength));
        return plate is null || area is null || errors.HasErrors
            ? current
            : current with { Transshipments = [.. current.Transshipments, new TransshipmentRecord(plate, report.ReceivingNationality!.Value, area)] };
    }
}
