using System.Globalization;
using DigitalBorderGate.Domain.Reference;
using DigitalBorderGate.Domain.Routing;

namespace DigitalBorderGate.Domain.Validation;

/// <summary>An arrival outside the gate's opening hours is allowed (the truck waits) but worth a warning.</summary>
public static class OpeningHoursCheck
{
    public static ValidationError? Warning(BorderGate gate, DateTimeOffset expectedArrival)
    {
        ArgumentNullException.ThrowIfNull(gate);
        if (gate.OpeningHours is not { } hours)
        {
            return null;
        }

        var local = VietnamTime.ToVietnam(expectedArrival);
        return hours.Covers(TimeOnly.FromDateTime(local.DateTime))
            ? null
            : ErrorCatalog.Create("/expectedArrivalAt", ErrorCodes.ArrivalOutsideOpeningHours,
                [new BilingualText($"the {GateWording.Noun(gate)} {gate.NameVi}", $"{GateWording.NounVi(gate).ToLowerInvariant()} {gate.NameVi}"), Clock(hours.Opens), Clock(hours.Closes), Clock(TimeOnly.FromDateTime(local.DateTime))]);
    }

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
