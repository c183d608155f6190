using System.Text.Json;
using Dapper;
using DigitalBorderGate.Api.Auth;
using DigitalBorderGate.Api.Data;
using DigitalBorderGate.Api.Features.Events;
using DigitalBorderGate.Api.Data.ReferenceData;
using DigitalBorderGate.Api.Features.Shared;
using DigitalBorderGate.Domain.Declarations;
using DigitalBorderGate.Domain.Lifecycle;
using DigitalBorderGate.Domain.Validation.Rules;

namespace DigitalBorderGate.Api.Features.Declarations.Amend;

/// <summary>The declaration is past <c>submitted</c>, so it can no longer be amended.</summary>
public sealed record AmendmentNotSubmitted(DeclarationStatus Status) : DeclarationWriteResult;

/// <summary>Replaces a declaration's content and routing while it is still <c>submitted</c>, with its history entry and event.</summary>
public sealed class AmendmentStore(Database database, ReferenceDataCatalog catalog, TimeProvider clock)
{
    public Task<DeclarationWriteResult> AmendAsync(Guid id, int expectedVersion, AcceptedDeclaration accepted, ApiPrincipal principal, CancellationToken cancellationToken) =>
        database.WriteAsync(async unit =>
        {
            var record = await DeclarationReader.FindAsync(unit, id);
            var (standing, actor) = DeclarationActors.Resolve(principal, record, catalog.Current);
            if (record is null || standing == ActorStanding.Hidden)
            {
                return new DeclarationWriteResult.Hidden();
            }
            if (standing == ActorStanding.Forbidden || actor != ActorKind.Owner)
            {
                return (DeclarationWriteResult)new DeclarationWriteResult.Forbidden();
            }
            if (record.Version != expectedVersion)
            {
                return new DeclarationWriteResult.Stale(record.Version);
            }
            if (record.CurrentStatus != DeclarationStatus.Submitted)
            {
                return new AmendmentNotSubmitted(record.CurrentStatus);
            }
            var now = clock.GetUtcNow();
            var content = accepted.Content;
            // The version in the WHERE makes the read-check-write safe on engines that do not serialise writers.
            var updated = await unit.Connection.ExecuteAsync(
                """
                UPDATE declarations
                SET declarant_tax_code = @DeclarantTaxCode, direction = @Direction, border_gate_code = @BorderGateCode,
                    unit_code = @UnitCode, queue_unit_code = @UnitCode, plate_number = @PlateNumber,
                    expected_arrival_at = @ExpectedArrivalAt, routing = @Routing, content = @Content, warnings = @Warnings,
                    version = version + 1, updated_at = @Now
                WHERE id = @Id AND version = @Version
                """,
                new
                {
                    Id = id,
                    record.Version,
                    content.DeclarantTaxCode,
                    Direction = DbEnum.ToDb(content.Direction),
                    content.BorderGateCode,
                    accepted.Routing.UnitCode,
                    PlateNumber = PlateText.SearchKey(content.Vehicle.PlateNumber),
                    content.ExpectedArrivalAt,
                    Routing = JsonSerializer.Serialize(accepted.Routing, ApiJson.Options),
                    Content = JsonSerializer.Serialize(content, ApiJson.Options),
                    Warnings = JsonSerializer.Serialize(accepted.Warnings, ApiJson.Options),
                    Now = now,
                }, unit.Transaction);
            if (updated == 0)
            {
                return new DeclarationWriteResult.Stale(record.Version + 1);
            }
            await DeclarationJournal.AppendHistoryAsync(unit, id, now, "amend", DeclarationStatus.Submitted, DeclarationStatus.Submitted, principal, null, null);
            var submitted = DbEnum.ToDb(DeclarationStatus.Submitted);
            await DeclarationJournal.AppendEventAsync(unit, DeclarationEventTypes.Amended, now,
                new DeclarationEventData(id, record.ReferenceNumber, submitted, submitted, accepted.Routing.UnitCode), content.DeclarantTaxCode);
            return new DeclarationWriteResult.Done((await DeclarationReader.FindAsync(unit, id))!);
        }, cancellationToken);
}
