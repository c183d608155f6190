using DigitalBorderGate.Api.Data.ReferenceData;
using DigitalBorderGate.Api.Features.Events;
using DigitalBorderGate.Domain.Codes;
using DigitalBorderGate.Domain.Lifecycle;
using DigitalBorderGate.Domain.Validation.Rules;

namespace DigitalBorderGate.Api.Features.Declarations.Transitions;

/// <summary>
/// Applies one lifecycle action to a declaration: an officer's control point, or the owner's cancel. The lifecycle
/// decides; the new status, its history entry and its outbox event are written in one transaction.
/// </summary>
internal sealed class Endpoint(DeclarationWriter writer, ReferenceDataCatalog catalog, CodeLists codes, TimeProvider clock) : DeclarationEndpoint<Request>
{
    public const int NoteMaxLength = 1000;

    public override void Configure()
    {
        Post("/api/v1/declarations/{id}/transitions");
        Roles(Auth.Roles.Declarant, Auth.Roles.Officer);
        Description(b => b
            .WithName("applyTransition").WithTags("Declarations")
            .WithSummary("Apply one lifecycle action")
            .WithDescription("An officer's control point (confirmArrival, confirmYardEntry, startInspection, clear, confirmExit, hold, release, reject, turnBack, transship) or the owner's cancel or linkCustomsDeclaration. startInspection and clear may name the customs declaration whose goods they concern (customsDeclarationNumber); the truck is cleared once every goods group is.")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status422UnprocessableEntity)
            .WithRequestHeader("If-Match", "The ETag of the version acted on; without it the action applies to the current version.", maxLength: IfMatch.MaxLength)
            .WithResponseHeader(StatusCodes.Status200OK, "ETag", "The new version.", IfMatch.ETagPattern));
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        var (transition, errors) = request.ToTransition(NoteMaxLength, codes.PlateProvinces.CodeSet);
        if (transition is null)
        {
            await Problem.WriteAsync(HttpContext, Problem.ForErrors(HttpContext, ProblemKind.Validation, errors));
            return;
        }
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : FreeText.Validate(request.Note, NoteMaxLength).Value;
        var principal = ApiPrincipal.From(User);
        var result = await writer.WriteAsync(request.Id, principal, IfMatch.Read(HttpContext), mayAct: _ => true,
            (unit, declaration, actor) => ApplyAsync(unit, declaration, actor, transition, note, principal), ct);
        await SendAsync(result, Refusals.OnlyOwnerOrQueueOfficerActs, ct);
    }

    private async Task<DeclarationWriteResult?> ApplyAsync(UnitOfWork unit, DeclarationRecord declaration, ActorKind actor,
        TransitionRequest transition, string? note, ApiPrincipal principal)
    {
        var action = EnumText.Of(transition.Action);
        var outcome = TransitionDecider.Decide(declaration.Progress, transition, actor,
            code => catalog.Current.Data.FindUnit(code)?.AcceptsReferrals == true);
        switch (outcome)
        {
            case TransitionNotPermitted:
                return new DeclarationWriteResult.NotPermitted(action);
            case TransitionNotAllowed notAllowed:
                return new DeclarationWriteResult.NotAllowed(action, notAllowed.AllowedActions.Select(a => EnumText.Of(a)).ToList());
            case TransitionRefused refused:
                return new DeclarationWriteResult.Refused(refused.Reasons.Select(ProblemError.From).ToList());
            case TransitionApplied applied:
                var now = clock.GetUtcNow();
                var after = Stamped(applied.After, applied.Before, now);
                var queueUnit = after.ReferredToUnitCode ?? declaration.UnitCode;
                var content = transition.Action == DeclarationAction.LinkCustomsDeclaration ? Linked(declaration.ReadContent(), after) : null;
                if (!await Data.UpdateProgressAsync(unit, declaration, after, queueUnit, content, now))
                {
                    return null;
                }
                var transfer = after.Transshipments.Count > applied.Before.Transshipments.Count ? after.Transshipments[^1] : null;
                if (transfer is not null)
                {
                    await Data.AddReceivingPlateAsync(unit, declaration.Id, transfer.ReceivingPlateNumber);
                }
                var actorUnit = actor == ActorKind.ResponsibleOfficer ? principal.OfficerUnit : null;
                await DeclarationJournal.AppendHistoryAsync(unit, declaration.Id, now, action, applied.Before.Status, after.Status, principal, actorUnit, note,
                    Details(transition, transfer));
                await DeclarationJournal.AppendEventAsync(unit, content is null ? DeclarationEventTypes.StatusChanged : DeclarationEventTypes.Amended, now,
                    new DeclarationEventData(declaration.Id, declaration.ReferenceNumber, EnumText.Of(applied.Before.Status), EnumText.Of(after.Status), queueUnit) { Action = action },
                    declaration.DeclarantTaxCode);
                return new DeclarationWriteResult.Done((await DeclarationData.FindAsync(unit, declaration.Id))!);
            default:
                throw new InvalidOperationException($"No handling for {outcome.GetType().Name}.");
        }
    }

    // A transfer recorded now carries its time.
    private static DeclarationProgress Stamped(DeclarationProgress after, DeclarationProgress before, DateTimeOffset now) =>
        after.Transshipments.Count > before.Transshipments.Count
            ? after with { Transshipments = [.. after.Transshipments.Take(after.Transshipments.Count - 1), after.Transshipments[^1] with { RecordedAt = now }] }
            : after;

    // The customs declaration numbers live in the content; a linked number is written there.
    private static DeclarationContent Linked(DeclarationContent content, DeclarationProgress after) =>
        content with { Goods = [.. content.Goods.Select((group, index) => group with { CustomsDeclarationNumber = after.Goods[index].CustomsDeclarationNumber })] };

    private static HistoryDetails? Details(TransitionRequest transition, TransshipmentRecord? transfer) => transition switch
    {
        { Action: DeclarationAction.LinkCustomsDeclaration } => new HistoryDetails { GoodsIndex = transition.GoodsIndex, CustomsDeclarationNumber = transition.CustomsDeclarationNumber },
        { Action: DeclarationAction.Transship } => new HistoryDetails { Transshipment = transfer },
        { CustomsDeclarationNumber: not null } or { Channel: not null } =>
            new HistoryDetails { CustomsDeclarationNumber = transition.CustomsDeclarationNumber, Channel = transition.Channel },
        _ => null,
    };
}
