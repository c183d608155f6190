using DigitalBorderGate.Api.Data.ReferenceData;
using DigitalBorderGate.Api.Features.Events;
using DigitalBorderGate.Domain.Lifecycle;

namespace DigitalBorderGate.Api.Features.Declarations.Amend;

internal sealed class Request
{
    public Guid Id { get; set; }

    [FromBody]
    public DeclarationDraft Draft { get; set; } = null!;
}

/// <summary>
/// The owner replaces a declaration before the truck arrives: re-validated and re-routed like a new one, and written
/// with its history entry and event while it is still <c>submitted</c>.
/// </summary>
internal sealed class Endpoint(DeclarationIntake intake, DeclarationWriter writer, Database database, ReferenceDataCatalog catalog, TimeProvider clock)
    : DeclarationEndpoint<Request>
{
    private const string Action = "amend";

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
            await Refusals.IfMatchRequired.WriteAsync(HttpContext);
            return;
        }
        var principal = ApiPrincipal.From(User);
        // Whether the caller may touch this declaration is answered before anything about the body, so another
        // enterprise learns nothing, not even through a validation message.
        var existing = await DeclarationData.FindAsync(database, request.Id, ct);
        if (existing is null || DeclarationActors.Resolve(principal, existing, catalog.Current).Standing == ActorStanding.Hidden)
        {
            await Refusals.DeclarationNotFound.WriteAsync(HttpContext);
            return;
        }
        if (!IfMatch.Read(HttpContext).Allows(existing.Version))
        {
            await Refusals.Stale(existing.Version).WriteAsync(HttpContext);
            return;
        }
        if (request.Draft is null)
        {
            await Problem.WriteAsync(HttpContext, Problem.ForErrors(HttpContext, ProblemKind.MalformedRequest, [Refusals.BodyNotAnObject]));
            return;
        }
        var (accepted, refusal) = intake.Check(principal, request.Draft);
        if (refusal is not null)
        {
            await Problem.WriteAsync(HttpContext, refusal.ToProblem(HttpContext));
            return;
        }
        // The amendment applies to the version checked above, not to whatever the declaration has become meanwhile.
        var result = await writer.WriteAsync(request.Id, principal, ExpectedVersion.Exactly(existing.Version), mayAct: actor => actor == ActorKind.Owner,
            (unit, declaration, _) => ReplaceAsync(unit, declaration, accepted!, principal), ct);
        await SendAsync(result, Refusals.OnlyOwnerAmends, ct);
    }

    private async Task<DeclarationWriteResult?> ReplaceAsync(UnitOfWork unit, DeclarationRecord declaration, AcceptedDeclaration accepted, ApiPrincipal principal)
    {
        if (declaration.CurrentStatus != DeclarationStatus.Submitted)
        {
            return new DeclarationWriteResult.NotAllowed(Action,
                DeclarationLifecycle.AllowedActions(declaration.CurrentStatus, ActorKind.Owner).Select(a => EnumText.Of(a)).ToList());
        }
        var now = clock.GetUtcNow();
        if (!await Data.ReplaceAsync(unit, declaration, accepted, now))
        {
            return null;
        }
        await DeclarationJournal.AppendHistoryAsync(unit, declaration.Id, now, Action, DeclarationStatus.Submitted, DeclarationStatus.Submitted, principal, null, null);
        var submitted = EnumText.Of(DeclarationStatus.Submitted);
        await DeclarationJournal.AppendEventAsync(unit, DeclarationEventTypes.Amended, now,
            new DeclarationEventData(declaration.Id, declaration.ReferenceNumber, submitted, submitted, accepted.Routing.UnitCode), accepted.Content.DeclarantTaxCode);
        return new DeclarationWriteResult.Done((await DeclarationData.FindAsync(unit, declaration.Id))!);
    }
}
