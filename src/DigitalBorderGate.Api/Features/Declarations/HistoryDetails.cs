using DigitalBorderGate.Domain.Lifecycle;

namespace DigitalBorderGate.Api.Features.Declarations;

/// <summary>
/// What a history entry concerns beyond its status: the customs declaration and channel of a per-declaration step,
/// the goods group a number was linked to, a transfer to a receiving vehicle, or a re-routing and its reason.
/// </summary>
internal sealed record HistoryDetails
{
    public string? CustomsDeclarationNumber { get; init; }
    public int? GoodsIndex { get; init; }
    public RiskChannel? Channel { get; init; }
    public TransshipmentRecord? Transshipment { get; init; }
    public string? FromUnitCode { get; init; }
    public string? ToUnitCode { get; init; }
    public string? Rule { get; init; }
    public string? Reason { get; init; }
    public string? ReasonVi { get; init; }
    public string? BranchCode { get; init; }
}
