using System.Text.Json;
using DigitalBorderGate.Domain.Lifecycle;

namespace DigitalBorderGate.Api.Features.Declarations;

/// <summary>A row of the declarations table.</summary>
internal sealed record DeclarationRecord
{
    public Guid Id { get; init; }
    public string ReferenceNumber { get; init; } = "";
    public string DeclarantTaxCode { get; init; } = "";
    public string Direction { get; init; } = "";
    public string BorderGateCode { get; init; } = "";
    public string UnitCode { get; init; } = "";
    public string PlateNumber { get; init; } = "";
    public string Status { get; init; } = "";
    public DateTimeOffset ExpectedArrivalAt { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Version { get; init; }
    public string Routing { get; init; } = "";
    public string Content { get; init; } = "";
    public string QueueUnitCode { get; init; } = "";
    public string? StatusBeforeHold { get; init; }
    public string? Channel { get; init; }
    public string Checks { get; init; } = "{}";
    public string? ReferredToUnitCode { get; init; }
    public string GoodsClearance { get; init; } = "[]";
    public string Transshipments { get; init; } = "[]";
    public string Warnings { get; init; } = "[]";

    public const string Columns =
        "id AS Id, reference_number AS ReferenceNumber, declarant_tax_code AS DeclarantTaxCode, direction AS Direction, " +
        "border_gate_code AS BorderGateCode, unit_code AS UnitCode, plate_number AS PlateNumber, status AS Status, " +
        "expected_arrival_at AS ExpectedArrivalAt, submitted_at AS SubmittedAt, updated_at AS UpdatedAt, version AS Version, " +
        "routing AS Routing, content AS Content, queue_unit_code AS QueueUnitCode, status_before_hold AS StatusBeforeHold, " +
        "channel AS Channel, checks AS Checks, referred_to_unit_code AS ReferredToUnitCode, warnings AS Warnings, " +
        "goods_clearance AS GoodsClearance, transshipments AS Transshipments";

    public DeclarationStatus CurrentStatus => EnumText.Parse<DeclarationStatus>(Status);

    public DeclarationProgress Progress => ProgressOf(ReadContent());

    // The content holds each goods group's customs declaration number; the progress column its channel, checks and
    // clearance. Rows written before clearance was per declaration have no entries: their truck-level channel and
    // checks stand for every group.
    public DeclarationProgress ProgressOf(DeclarationContent content)
    {
        var status = CurrentStatus;
        var channel = Channel is null ? (RiskChannel?)null : EnumText.Parse<RiskChannel>(Channel);
        var checks = JsonSerializer.Deserialize<ClearanceChecks>(Checks, ApiJson.Options) ?? ClearanceChecks.None;
        var stored = JsonSerializer.Deserialize<List<GoodsClearance>>(GoodsClearance, ApiJson.Options) ?? [];
        var legacyCleared = status is DeclarationStatus.Cleared or DeclarationStatus.Exited;
        var goods = content.Goods.Select((group, index) => index < stored.Count
            ? stored[index] with { CustomsDeclarationNumber = group.CustomsDeclarationNumber }
            : new GoodsClearance(group.CustomsDeclarationNumber, channel, checks with { FeePaid = false }, legacyCleared)).ToList();
        return new DeclarationProgress(status, StatusBeforeHold is null ? null : EnumText.Parse<DeclarationStatus>(StatusBeforeHold), channel, checks, ReferredToUnitCode)
        {
            Direction = content.Direction,
            Goods = goods,
            Transshipments = JsonSerializer.Deserialize<List<TransshipmentRecord>>(Transshipments, ApiJson.Options) ?? [],
        };
    }

    public DeclarationContent ReadContent() => JsonSerializer.Deserialize<DeclarationContent>(Content, ApiJson.Options)!;

    public DeclarationResponse ToResponse()
    {
        var content = ReadContent();
        var routing = JsonSerializer.Deserialize<RoutingView>(Routing, ApiJson.Options)!;
        var progress = ProgressOf(content);
        return new DeclarationResponse(Id, ReferenceNumber, progress.Status, Version, VietnamTime.ToVietnam(SubmittedAt), VietnamTime.ToVietnam(UpdatedAt), routing,
            ClearanceView.Of(QueueUnitCode, progress),
            content with { ExpectedArrivalAt = VietnamTime.ToVietnam(content.ExpectedArrivalAt) },
            JsonSerializer.Deserialize<List<ProblemError>>(Warnings, ApiJson.Options) ?? []);
    }
}
