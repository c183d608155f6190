using DigitalBorderGate.Domain.Lifecycle;

namespace DigitalBorderGate.Api.Features.Declarations.Transitions;

public sealed class Request
{
    public Guid Id { get; set; }

    /// <summary>confirmArrival, confirmYardEntry, startInspection, clear, confirmExit, hold, release, reject, turnBack or cancel.</summary>
    public string? Action { get; set; }

    public string? Note { get; set; }

    /// <summary>green, yellow or red; with startInspection only.</summary>
    public string? Channel { get; set; }

    /// <summary>A Control team to refer the truck to; with hold only.</summary>
    public string? ReferToUnitCode { get; set; }

    /// <summary>Check results to record with the action (officers only).</summary>
    public ChecksUpdate? Checks { get; set; }
}
