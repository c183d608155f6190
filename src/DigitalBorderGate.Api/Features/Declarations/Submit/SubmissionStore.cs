using DigitalBorderGate.Domain.Declarations;
using DigitalBorderGate.Domain.Lifecycle;
using System.Text.Json;
using Dapper;
using DigitalBorderGate.Api.Auth;
using DigitalBorderGate.Api.Data;
using DigitalBorderGate.Api.Features.Events;
using DigitalBorderGate.Api.Features.Shared;

namespace DigitalBorderGate.Api.Features.Declarations.Submit;

/// <summary>
/// Stores a new declaration: its reference number, row, first history entry, outbox event and idempotency record
/// commit in one transaction or not at all.
/// </summary>
public sealed class SubmissionStore(Database database, ILogger<SubmissionStore> logger)
{
    private const string SequenceName = "declarations";

    public async Task<(StoredResponse Response, bool Replayed)> SubmitAsync(AcceptedDeclaration accepted, ApiPrincipal principal, string? idempotencyKey, string requestHash, DateTimeOffset now, DateTimeOffset idempotencyNotBefore, CancellationToken cancellationToken)
    {
        try
        {
            return await database.WriteAsync(unit => InsertAsync(unit, accepted, principal, idempotencyKey, requestHash, now, idempotencyNotBefore), cancellationToken);
        }
        catch (System.Data.Common.DbException exception) when (idempotencyKey is not null && database.Dialect.IsUniqueViolation(exception))
        {
            // Another instance stored the same key between our check and our insert: its response is the answer.
            return await database.WriteAsync(unit => InsertAsync(unit, accepted, principal, idempotencyKey, requestHash, now, idempotencyNotBefore), cancellationToken);
        }
    }

    private async Task<(StoredResponse Response, bool Replayed)> InsertAsync(UnitOfWork unit, AcceptedDeclaration accepted, ApiPrincipal principal, string? idempotencyKey, string requestHash, DateTimeOffset now, DateTimeOffset idempotencyNotBefore)
    {
        if (idempotencyKey is not null
            && await IdempotencyRecords.FindAsync(unit.Connection, unit.Transaction, principal.KeyId, idempotencyKey, idempotencyNotBefore) is { } earlier)
        {
            return (earlier, true);
        }
        var day = VietnamTime.DateOf(now);
        var sequence = await unit.Connection.ExecuteScalarAsync<int>(unit.Dialect.NextDailySequenceSql,
            new { Name = SequenceName, Day = day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) }, unit.Transaction);
        if (sequence > ReferenceNumber.MaxSequence)
        {
            // Thrown inside the unit of work, so the counter's step and everything else of this submission roll back.
            throw new DailyCapacityReachedException(day);
        }
        if (sequence == ReferenceNumber.WarningSequence)
        {
            logger.LogWarning("{Issued} of {Capacity} reference numbers of {Day} (Vietnam) are issued; at the last one submissions are refused with 503 until midnight",
                sequence, ReferenceNumber.MaxSequence, day);
        }
        var record = new DeclarationRecord
        {
            Id = Guid.CreateVersion7(now),
            ReferenceNumber = ReferenceNumber.Format(day, sequence),
            DeclarantTaxCode = accepted.Content.DeclarantTaxCode,
            Direction = DbEnum.ToDb(accepted.Content.Direction),
            BorderGateCode = accepted.Content.BorderGateCode,
            UnitCode = accepted.Routing.UnitCode,
            QueueUnitCode = accepted.Routing.UnitCode,
            PlateNumber = accepted.Content.Vehicle.PlateNumber,
            Status = DbEnum.ToDb(DeclarationStatus.Submitted),
            ExpectedArrivalAt = accepted.Content.ExpectedArrivalAt,
            SubmittedAt = now,
            UpdatedAt = now,
            Version = 1,
            Routing = JsonSerializer.Serialize(accepted.Routing, ApiJson.Options),
            Content = JsonSerializer.Serialize(accepted.Content, ApiJson.Options),
            Checks = JsonSerializer.Serialize(ClearanceChecks.None, ApiJson.Options),
        };
        await unit.Connection.ExecuteAsync(
            """
            INSERT INTO declarations (id, reference_number, declarant_tax_code, direction, border_gate_code, unit_code, plate_number,
                status, expected_arrival_at, submitted_at, updated_at, version, routing, content, queue_unit_code, is_open, checks)
            VALUES (@Id, @ReferenceNumber, @DeclarantTaxCode, @Direction, @BorderGateCode, @UnitCode, @PlateNumber,
                @Status, @ExpectedArrivalAt, @SubmittedAt, @UpdatedAt, @Version, @Routing, @Content, @QueueUnitCode, 1, @Checks)
            """, record, unit.Transaction);
        await DeclarationJournal.AppendHistoryAsync(unit, record.Id, now, "submit", null, DeclarationStatus.Submitted, principal, null, null);
        await DeclarationJournal.AppendEventAsync(unit, DeclarationEventTypes.Submitted, now,
            new DeclarationEventData(record.Id, record.ReferenceNumber, null, record.Status, record.UnitCode), record.DeclarantTaxCode);
        var response = new StoredResponse(requestHash, StatusCodes.Status201Created, $"/api/v1/declarations/{record.Id}",
            JsonSerializer.Serialize(record.ToResponse(), ApiJson.Options));
        if (idempotencyKey is not null)
        {
            await IdempotencyRecords.SaveAsync(unit, principal.KeyId, idempotencyKey, response, now);
        }
        return (response, false);
    }
}
