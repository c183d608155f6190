using DigitalBorderGate.Api.Auth;
using DigitalBorderGate.Api.Data;
using DigitalBorderGate.Api.Data.ReferenceData;
using DigitalBorderGate.Api.Features.Shared;
using DigitalBorderGate.Api.Problems;
using DigitalBorderGate.Domain.Lifecycle;
using DigitalBorderGate.Domain.Validation.Rules;
using FastEndpoints;
using DigitalBorderGate.Api.Hosting.OpenApi;

namespace DigitalBorderGate.Api.Features.Declarations.Transitions;

/// <summary>Applies one lifecycle action to a declaration: an officer's control point, or the owner's cancel.</summary>
public sealed class Endpoint(TransitionStore store, ReferenceDataCatalog catalog) : Endpoint<Request, DeclarationResponse>
{
    public const int NoteMaxLength = 1000;

    public override void Configure()
    {
        Post("/api/v1/declarations/{id}/transitions");
        Roles(Auth.Roles.Declarant, Auth.Roles.Officer);
        Description(b => b
            .WithName("applyTransition").WithTags("Declarations")
            .WithSummary("Apply one lifecycle action")
            .WithDescription("An officer's control point (confirmArrival, confirmYardEntry, startInspection, clear, confirmExit, hold, release, reject, turnBack) or the owner's cancel.")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status422UnprocessableEntity)
            .WithRequestHeader("If-Match", "The ETag of the version acted on; without it the action applies to the current version.", maxLength: IfMatch.MaxLength)
            .WithResponseHeader(StatusCodes.Status200OK, "ETag", "The new version.", IfMatch.ETagPattern));
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        var (transition, errors) = request.ToTransition(NoteMaxLength);
        if (transition is null)
        {
            await Problem.WriteAsync(HttpContext, Problem.ForErrors(HttpContext, ProblemKind.Validation, errors));
            return;
        }
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : FreeText.Validate(request.Note, NoteMaxLength).Value;
        var result = await store.ApplyAsync(request.Id, transition, note, ApiPrincipal.From(User),
            record => IfMatch.Allows(HttpContext, record.Version),
            code => catalog.Current.Data.FindUnit(code)?.AcceptsReferrals == true, ct);
        await (result switch
        {
            DeclarationWriteResult.Done done => SendDeclarationAsync(done.Declaration, ct),
            DeclarationWriteResult.Hidden => Refusals.DeclarationNotFound(HttpContext),
            DeclarationWriteResult.Forbidden => Problem.WriteAsync(HttpContext, ProblemKind.Forbidden,
                "Only the declarant who owns this declaration, or an officer of the unit whose queue holds it, may act on it.",
                "Chỉ doanh nghiệp khai báo, hoặc công chức của đơn vị đang xử lý tờ khai, được thao tác trên tờ khai này."),
            TransitionDecided { Outcome: TransitionNotPermitted } => Problem.WriteAsync(HttpContext, ProblemKind.Forbidden,
                $"Your role does not take the action {Data.DbEnum.ToDb(transition.Action)}.",
                $"Vai trò của bạn không được thực hiện thao tác {Data.DbEnum.ToDb(transition.Action)}."),
            DeclarationWriteResult.Stale stale => Refusals.Stale(HttpContext, stale.CurrentVersion),
            TransitionDecided { Outcome: TransitionNotAllowed notAllowed } => Refusals.ActionNotAllowed(HttpContext, transition.Action, notAllowed.AllowedActions),
            TransitionDecided { Outcome: TransitionRefused refused } => Problem.WriteAsync(HttpContext,
                Problem.ForErrors(HttpContext, ProblemKind.BusinessRule, refused.Reasons.Select(r => new ProblemError(r.Field, r.Code, r.Message, r.MessageVi)).ToList())),
            _ => throw new InvalidOperationException("Unknown transition result."),
        });
    }

    private Task SendDeclarationAsync(DeclarationRecord record, CancellationToken ct)
    {
        HttpContext.Response.Headers.ETag = IfMatch.ETagOf(record.Version);
        return Send.OkAsync(record.ToResponse(), ct);
    }
}
