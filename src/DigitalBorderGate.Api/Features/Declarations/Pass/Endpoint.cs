using System.Text;
using DigitalBorderGate.Api.Data.ReferenceData;

namespace DigitalBorderGate.Api.Features.Declarations.Pass;

internal sealed class Request
{
    public Guid Id { get; set; }
}

/// <summary>The driver's pass: a QR of the signed pass code with plate, gate and expected arrival beside it.</summary>
internal sealed class Endpoint(Database database, ReferenceDataCatalog catalog, PassSigner signer) : Endpoint<Request>
{
    public const string Png = "image/png";
    public const string Svg = "image/svg+xml";

    public override void Configure()
    {
        Get("/api/v1/declarations/{id}/pass");
        Roles(Auth.Roles.Declarant, Auth.Roles.Officer);
        Description(b => b
            .WithName("getDeclarationPass").WithTags("Declarations")
            .WithSummary("The driver's pass as PNG or SVG (by Accept): a signed QR code with plate, gate and expected arrival")
            .Produces<System.IO.Stream>(StatusCodes.Status200OK, Png, Svg)
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status406NotAcceptable));
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        var reference = catalog.Current;
        if (await DeclarationData.FindVisibleAsync(database, ApiPrincipal.From(User), reference, request.Id, ct) is not { } record)
        {
            await Refusals.DeclarationNotFound.WriteAsync(HttpContext);
            return;
        }
        if (PassFormat.Choose(HttpContext.Request) is not { } format)
        {
            await Refusals.PassFormatNotAcceptable($"{Png} or {Svg}").WriteAsync(HttpContext);
            return;
        }
        var content = record.ReadContent();
        var pass = new PassContent(signer.Sign(record.ReferenceNumber), record.ReferenceNumber, content.Vehicle.PlateNumber, record.BorderGateCode,
            reference.Data.FindGate(record.BorderGateCode)?.NameVi ?? record.BorderGateCode, VietnamTime.ToVietnam(record.ExpectedArrivalAt));
        HttpContext.Response.Headers.Vary = "Accept";
        var bytes = format == Svg ? Encoding.UTF8.GetBytes(PassImage.Svg(pass)) : PassImage.Png(pass);
        await Send.BytesAsync(bytes, contentType: format, cancellation: ct);
    }
}
