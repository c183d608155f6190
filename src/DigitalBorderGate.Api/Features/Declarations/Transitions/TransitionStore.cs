using System.Text.Json;
using Dapper;
using DigitalBorderGate.Api.Auth;
using DigitalBorderGate.Api.Data;
using DigitalBorderGate.Api.Features.Events;
using DigitalBorderGate.Api.Data.ReferenceData;
using DigitalBorderGate.Api.Features.Shared;
using DigitalBorderGate.Domain.Declarations;
using DigitalBorderGate.Domain.Lifecycle;

namespace DigitalBorderGate.Api.Features.Declarations.Transitions;

/// <summary>The lifecycle did not apply the action: not allowed in this status, not for this role, or conditions unmet.</summary>
public sealed record TransitionDecided(TransitionOutcome Outcome) : DeclarationWriteResult;

/// <summary>
/// Applies one action: reads the declaration, decides by the lifecycle, and writes the new status, its history
/// entry and its outbox event in one transaction. The update names the version it read, so of two officers acting
/// at once exactly one wins; the other's unit of work runs again against the new state.
/// </summary>
public sealed class TransitionStore(Database database, ReferenceDataCatalog catalog, TimeProvider clock)
{
    private const int Attempts = 3;

    public async Task<DeclarationWriteResult> ApplyAsync(Guid id, TransitionRequest request, string? note, ApiPrincipal principal,
        Func<DeclarationRecord, bool> ifMatchAllows, Func<string, bool> acceptsReferrals, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var result = await database.WriteAsync(unit => TryApplyAsync(unit, id, request, note, principal, ifMatchAllows, acceptsReferrals), cancellationToken);
            if (result is not null || attempt == Attempts)
            {
                return result ?? throw new InvalidOperationException($"Declaration {id} kept changing under a transition.");
            }
        }
    }

    /// <returns>Null when another writer changed the declaration between the read and the update.</returns>
    private async Task<DeclarationWriteResult?> TryApplyAsync(UnitOfWork unit, Guid id, TransitionRequest request, string? note, ApiPrincipal principal,
        Func<DeclarationRecord, bool> ifMatchAllows, Func<string, bool> acceptsReferrals)
    {
        var record = await DeclarationReader.FindAsync(unit, id);
        var (standing, actor) = DeclarationActors.Resolve(principal, record, catalog.Current);
        if (record is null || standing != ActorStanding.Acting)
        {
            return standing == ActorStanding.Hidden ? new DeclarationWriteResult.Hidden() : new DeclarationWriteResult.Forbidden();
        }
        if (!ifMatchAllows(record))
        {
            return new DeclarationWriteResult.Stale(record.Version);
        }
        var outcome = TransitionDecider.Decide(record.Progress, request, actor, acceptsReferrals);
        if (outcome is not TransitionApplied applied)
        {
            return new TransitionDecided(outcome);
        }
        var now = clock.GetUtcNow();
        var after = applied.After;
        var queueUnit = after.ReferredToUnitCode ?? record.UnitCode;
        var updated = await unit.Connection.ExecuteAsync(
            """
            UPDATE declarations
            SET status = @Status, status_before_hold = @StatusBeforeHold, channel = @Channel, checks = @Checks,
                referred_to_unit_code = @ReferredToUnitCode, queue_unit_code = @QueueUnitCode, is_open = @IsOpen,
                version = version + 1, updated_at = @Now
            WHERE id = @Id AND version = @Version
            """,
            new
            {
                Id = id,
                record.Version,
                Status = DbEnum.ToDb(after.Status),
                StatusBeforeHold = after.StatusBeforeHold is { } before ? DbEnum.ToDb(before) : null,
                Channel = after.Channel is { } channel ? DbEnum.ToDb(channel) : null,
                Checks = JsonSerializer.Serialize(after.Checks, ApiJson.Options),
                after.ReferredToUnitCode,
                QueueUnitCode = queueUnit,
                after.IsOpen,
                Now = now,
            }, unit.Transaction);
        if (updated == 0)
        {
            return null;
        }
        var actorUnit = actor == ActorKind.ResponsibleOfficer ? principal.OfficerUnit : null;
        var action = DbEnum.ToDb(request.Action);
        await DeclarationJournal.AppendHistoryAsync(unit, id, now, action, applied.Before.Status, after.Status, principal, actorUnit, note);
        await DeclarationJournal.AppendEventAsync(unit, DeclarationEventTypes.StatusChanged, now,
            new DeclarationEventData(id, record.ReferenceNumber, DbEnum.ToDb(applied.Before.Status), DbEnum.ToDb(after.Status), queueUnit), record.DeclarantTaxCode);
        return new DeclarationWriteResult.Done((await DeclarationReader.FindAsync(unit, id))!);
    }
}
