using DigitalBorderGate.Api.Data.ReferenceData;
using DigitalBorderGate.Api.Features.Declarations;
using DigitalBorderGate.Api.Features.Declarations.Pass;

namespace DigitalBorderGate.Api.Features.Passes.Verify;

/// <summary>
/// The gate's scan: a pass code that this server signed opens its declaration; a forged or altered code is refused
/// (422) without saying which part was wrong.
/// </summary>
internal sealed class Endpoint(Database database, ReferenceDataCatalog catalog, PassSigner signer) : Endpoint<Request, PassVerification>
{
    public const int CodeMaxLength = 200;

    public override void Configure()
    {
        Post("/api/v1/passes/verify");
        Roles(Auth.Roles.Declarant, Auth.Roles.Officer);
        Description(b => b
            .WithName("verifyPass").WithTags("Declarations")
            .WithSummary("Check a pass code read at the gate and find its declaration")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity)
            .WithRequestExample("""{ "code": "DBG1.2611230000001.q3Xq0n1T0cS8r6m4Yl1wTg" }"""));
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Code) || request.Code.Length > CodeMaxLength)
        {
            await Problem.WriteAsync(HttpContext, ProblemKind.Validation, [Refusals.PassCodeRequired(CodeMaxLength)]);
            return;
        }
        if (signer.Verify(request.Code) is not { } referenceNumber)
        {
            await Problem.WriteAsync(HttpContext, ProblemKind.BusinessRule, [Refusals.PassInvalid]);
            return;
        }
        var record = await PassData.FindByReferenceAsync(database, referenceNumber, ct);
        if (record is null || DeclarationAccess.For(ApiPrincipal.From(User), catalog.Current) is not { } access || !access.Allows(record))
        {
            await Refusals.DeclarationNotFound.WriteAsync(HttpContext);
            return;
        }
        await Send.OkAsync(new PassVerification(record.Id, record.ReferenceNumber, record.CurrentStatus, record.ReadContent().Vehicle.PlateNumber,
            record.BorderGateCode, VietnamTime.ToVietnam(record.ExpectedArrivalAt)), ct);
    }
}
