using DigitalBorderGate.Domain.Lifecycle;

namespace DigitalBorderGate.Api.Features.Units.Queue;

internal sealed class Request
{
    public string Code { get; set; } = "";
    public DeclarationStatus? Status { get; set; }
    public RiskChannel? Channel { get; set; }
    public string? BorderGateCode { get; set; }
    public Direction? Direction { get; set; }
    public DateTimeOffset? ArrivalFrom { get; set; }
    public DateTimeOffset? ArrivalTo { get; set; }
    public string? PlateNumber { get; set; }
    public int? Limit { get; set; }
    public string? Cursor { get; set; }
}

/// <summary>One truck in a unit's queue: what an officer at the gate needs to find and act on it.</summary>
internal sealed record QueueItem(
    Guid Id,
    string ReferenceNumber,
    DeclarationStatus Status,
    int Version,
    RiskChannel? Channel,
    Direction Direction,
    string BorderGateCode,
    string PlateNumber,
    DateTimeOffset ExpectedArrivalAt,
    string DeclarantTaxCode,
    string? ReferredToUnitCode)
{
    /// <summary>The latest transfer to a receiving vehicle recorded in the yard, if any.</summary>
    public TransshipmentRecord? Transshipment { get; init; }
}

/// <summary>
/// A page of the queue, and how many declarations of each status the unit's whole open queue holds (filters narrow
/// the items, not the counts; closed statuses count 0).
/// </summary>
internal sealed record QueuePage(IReadOnlyList<QueueItem> Items, string? NextCursor, IReadOnlyDictionary<DeclarationStatus, int> Counts);
