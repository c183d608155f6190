namespace DigitalBorderGate.Api.Features.Passes.Verify;

internal sealed class Request
{
    /// <summary>The code read from a pass's QR (or typed from it).</summary>
    public string? Code { get; set; }
}

/// <summary>A pass that this server issued, and the declaration it belongs to as it stands now.</summary>
internal sealed record PassVerification(
    Guid DeclarationId,
    string ReferenceNumber,
    DeclarationStatus Status,
    string PlateNumber,
    string BorderGateCode,
    DateTimeOffset ExpectedArrivalAt);
