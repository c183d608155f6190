using DigitalBorderGate.Api.Auth;
using DigitalBorderGate.Api.Data.ReferenceData;
using DigitalBorderGate.Api.Features.Shared;
using DigitalBorderGate.Api.Problems;
using DigitalBorderGate.Domain.Declarations;
using DigitalBorderGate.Domain.Lifecycle;
using FastEndpoints;
using DigitalBorderGate.Api.Hosting.OpenApi;

namespace DigitalBorderGate.Api.Features.Declarations.Amend;

public sealed class Request
{
    public Guid Id { get; set; }

    [FromBody]
    public DeclarationDraft Draft { get; set; } = null!;
}

/// <summary>The owner replaces a declaration before the truck arrives: re-validated and re-routed like a new one.</summary>
public sealed class Endpoint(DeclarationIntake intake, AmendmentStore store, DeclarationReader reader, ReferenceDataCatalog catalog) : Endpoint<Request, DeclarationResponse>
{
    public override void Configure()
    {
        Put("/api/v1/declarations/{id}");
        Roles(Auth.Roles.Declarant);
        Description(b => b
            .WithName("amendDeclaration").WithTags("Declarations")
            .WithSummary("Amend a declaration while it is submitted")
            .WithDescription("Replaces the declaration; it is validated and routed again like a new one.")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed,
                StatusCodes.Status422UnprocessableEntity, StatusCodes.Status428PreconditionRequired)
            .WithRequestHeader("If-Match", "The ETag of the version being amended.", required: true, maxLength: IfMatch.MaxLength)
            .WithResponseHeader(StatusCodes.Status200OK, "ETag", "The new version.", IfMatch.ETagPattern)
            .WithRequestExample(Submit.SubmissionExample.Build));
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        if (!IfMatch.IsPresent(HttpContext))
        {
            await Problem.WriteAsync(HttpContext, ProblemKind.PreconditionRequired,
                "Send the declaration's ETag in If-Match, so that an amendment never overwrites a change you have not seen.",
                "Hãy gửi ETag của tờ khai trong tiêu đề If-Match để không ghi đè thay đổi mà bạn chưa thấy.");
            return;
        }
        var principal = ApiPrincipal.From(User);
        // Whether the caller may touch this declaration is answered before anything about the body, so another
        // enterprise learns nothing, not even through a validation message.
        var existing = await reader.FindAsync(request.Id, ct);
        if (existing is null || DeclarationActors.Resolve(principal, existing, catalog.Current).Standing == ActorStanding.Hidden)
        {
            await Refusals.DeclarationNotFound(HttpContext);
            return;
        }
        if (!IfMatch.Allows(HttpContext, existing.Version))
        {
            await Refusals.Stale(HttpContext, existing.Version);
            return;
        }
        if (request.Draft is null)
        {
            await Problem.WriteAsync(HttpContext, Problem.ForErrors(HttpContext, ProblemKind.MalformedRequest,
                [new ProblemError("", "body.malformed", "The body must be one JSON object.", "Nội dung phải là một đối tượng JSON.")]));
            return;
        }
        var expectedVersion = existing.Version;
        var (accepted, problem) = intake.Check(HttpContext, principal, request.Draft);
        if (problem is not null)
        {
            await Problem.WriteAsync(HttpContext, problem);
            return;
        }
        var result = await store.AmendAsync(request.Id, expectedVersion, accepted!, principal, ct);
        switch (result)
        {
            case DeclarationWriteResult.Done done:
                HttpContext.Response.Headers.ETag = IfMatch.ETagOf(done.Declaration.Version);
                await Send.OkAsync(done.Declaration.ToResponse(), ct);
                break;
            case DeclarationWriteResult.Hidden:
                await Refusals.DeclarationNotFound(HttpContext);
                break;
            case DeclarationWriteResult.Forbidden:
                await Problem.WriteAsync(HttpContext, ProblemKind.Forbidden, "Only the declarant who owns this declaration may amend it.", "Chỉ doanh nghiệp khai báo được sửa tờ khai này.");
                break;
            case DeclarationWriteResult.Stale stale:
                await Refusals.Stale(HttpContext, stale.CurrentVersion);
                break;
            case AmendmentNotSubmitted notSubmitted:
                await Refusals.ActionNotAllowed(HttpContext, "amend",
                    DeclarationLifecycle.AllowedActions(notSubmitted.Status, ActorKind.Owner).Select(a => Data.DbEnum.ToDb(a)).ToList());
                break;
        }
    }
}
