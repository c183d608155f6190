using DigitalBorderGate.Domain.Declarations;
using System.Text.Json;
using DigitalBorderGate.Api.Data;

namespace DigitalBorderGate.Api.Features.Declarations;

/// <summary>A row of the declarations table.</summary>
public sealed class DeclarationRecord
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

    public const string Columns =
        "id AS Id, reference_number AS ReferenceNumber, declarant_tax_code AS DeclarantTaxCode, direction AS Direction, " +
        "border_gate_code AS BorderGateCode, unit_code AS UnitCode, plate_number AS PlateNumber, status AS Status, " +
        "expected_arrival_at AS ExpectedArrivalAt, submitted_at AS SubmittedAt, updated_at AS UpdatedAt, version AS Version, " +
        "routing AS Routing, content AS Content";

    public DeclarationStatus CurrentStatus => DbEnum.Parse<DeclarationStatus>(Status);

    public DeclarationResponse ToResponse()
    {
        var content = JsonSerializer.Deserialize<DeclarationContent>(Content, ApiJson.Options)!;
        var routing = JsonSerializer.Deserialize<RoutingView>(Routing, ApiJson.Options)!;
        return new DeclarationResponse(Id, ReferenceNumber, CurrentStatus, Version, VietnamTime.ToVietnam(SubmittedAt), VietnamTime.ToVietnam(UpdatedAt), routing,
            content with { ExpectedArrivalAt = VietnamTime.ToVietnam(content.ExpectedArrivalAt) });
    }
}
