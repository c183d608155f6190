using System.Security.Cryptography;
using System.Text.Json;
using DigitalBorderGate.Api.Features.Events;
using DigitalBorderGate.Api.Settings;
using DigitalBorderGate.Domain.Lifecycle;
using Microsoft.Extensions.Options;

namespace DigitalBorderGate.Api.Features.Declarations.Submit;

/// <summary>
/// Submits a declaration: its reference number, row, first history entry, outbox event and idempotency record commit
/// in one transaction or not at all. A retry with the same Idempotency-Key gets the first answer.
/// </summary>
internal sealed class Endpoint(DeclarationIntake intake, Database database, TimeProvider clock, IOptions<BorderGateOptions> options, ILogger<Endpoint> logger)
    : Endpoint<DeclarationDraft, DeclarationResponse>
{
    public override void Configure()
    {
        Post("/api/v1/declarations");
        Roles(Auth.Roles.Declarant);
        Description(b => b
            .WithName("submitDeclaration").WithTags("Declarations")
            .WithSummary("Submit a declaration")
            .WithDescription("Validates the whole declaration at once, routes it to the unit that serves the gate and gives it a 13-digit reference number: the date in Vietnam as yyMMdd and a 7-digit sequence within the day (numbers issued earlier as yyyyMMdd and 5 digits stay valid). If every number of the day is taken, the answer is 503 with Retry-After until midnight in Vietnam. A retry with the same Idempotency-Key gets the first answer.")
            .ClearDefaultProduces(StatusCodes.Status200OK)
            .Produces<DeclarationResponse>(StatusCodes.Status201Created)
            .ProducesProblems(StatusCodes.Status422UnprocessableEntity)
            .WithRequestHeader(IdempotencyRecords.HeaderName,
                $"Any unique value (1 to {IdempotencyRecords.MaxKeyLength} visible ASCII characters): a retry with the same key and body gets the first response for 24 hours.",
                maxLength: IdempotencyRecords.MaxKeyLength, pattern: IdempotencyRecords.Pattern)
            .WithResponseHeader(StatusCodes.Status201Created, "Location", "The declaration's address.")
            .WithResponseHeader(StatusCodes.Status201Created, "ETag", "The declaration's version, for If-Match on an amendment or a transition.", IfMatch.ETagPattern)
            .WithResponseHeader(StatusCodes.Status201Created, IdempotencyRecords.ReplayedHeaderName,
                "`true` when this is the stored answer to an earlier request with the same Idempotency-Key; absent on a first answer.", "^true$", 4)
            .WithRequestExample(SubmissionExample.Build));
    }

    public override async Task HandleAsync(DeclarationDraft draft, CancellationToken ct)
    {
        var principal = ApiPrincipal.From(User);
        var key = HttpContext.Request.Headers[IdempotencyRecords.HeaderName].ToString();
        if (key.Length > 0 && !IdempotencyRecords.IsWellFormed(key))
        {
            await Problem.WriteAsync(HttpContext, Problem.ForErrors(HttpContext, ProblemKind.Validation,
                [Refusals.IdempotencyKeyMalformed(IdempotencyRecords.MaxKeyLength)]));
            return;
        }
        var idempotencyKey = key.Length > 0 ? key : null;
        var requestHash = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(draft, ApiJson.Options)));
        var now = clock.GetUtcNow();
        var notBefore = now.AddHours(-options.Value.Declarations.IdempotencyRetentionHours);

        var (accepted, refusal) = intake.Check(principal, draft);
        if (refusal is not null)
        {
            // A retry of a request that already succeeded gets its first answer, even if the request would no longer
            // pass today's checks (an arrival time that has since passed, say). An accepted one learns it in its unit of work.
            if (idempotencyKey is not null
                && await database.ReadAsync(c => IdempotencyRecords.FindAsync(c, null, principal.KeyId, idempotencyKey, notBefore), ct) is { } earlier)
            {
                await ReplyAsync(earlier, requestHash, replayed: true, ct);
                return;
            }
            await Problem.WriteAsync(HttpContext, refusal.ToProblem(HttpContext));
            return;
        }

        // The row and its response are made here, outside the unit of work: concurrent submissions commit one after
        // another, so the unit keeps only what needs the database (the reference number and the rows).
        var record = NewRecord(accepted!, now);
        var submission = new Submission(record, record.ToResponse(), principal, idempotencyKey, requestHash, now, notBefore);
        (StoredResponse Response, bool Replayed) stored;
        try
        {
            try
            {
                stored = await database.WriteAsync(unit => SubmitAsync(unit, submission), ct);
            }
            catch (System.Data.Common.DbException exception) when (idempotencyKey is not null && database.Engine.IsUniqueViolation(exception))
            {
                // Another instance stored the same key between our check and our insert: its response is the answer.
                stored = await database.WriteAsync(unit => SubmitAsync(unit, submission), ct);
            }
        }
        catch (DailyCapacityReachedException full)
        {
            HttpContext.Response.Headers.RetryAfter = SecondsUntilNextDay(full.VietnamDate, now);
            await Refusals.DailyCapacityReached(full.VietnamDate).WriteAsync(HttpContext);
            return;
        }
        await ReplyAsync(stored.Response, requestHash, stored.Replayed, ct);
    }

    private static string SecondsUntilNextDay(DateOnly vietnamDate, DateTimeOffset now)
    {
        var midnight = new DateTimeOffset(vietnamDate.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(7));
        return Math.Max(1, (long)Math.Ceiling((midnight - now).TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <param name="Record">The row to insert, all but its reference number.</param>
    /// <param name="Response">The answer to give, all but the reference number.</param>
    private sealed record Submission(DeclarationRecord Record, DeclarationResponse Response, ApiPrincipal Principal, string? IdempotencyKey,
        string RequestHash, DateTimeOffset Now, DateTimeOffset IdempotencyNotBefore);

    private static DeclarationRecord NewRecord(AcceptedDeclaration accepted, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        DeclarantTaxCode = accepted.Content.DeclarantTaxCode,
        Direction = EnumText.Of(accepted.Content.Direction),
        BorderGateCode = accepted.Content.BorderGateCode,
        UnitCode = accepted.Routing.UnitCode,
        QueueUnitCode = accepted.Routing.UnitCode,
        PlateNumber = PlateNumber.Normalize(accepted.Content.Vehicle.PlateNumber),
        Status = EnumText.Of(DeclarationStatus.Submitted),
        ExpectedArrivalAt = accepted.Content.ExpectedArrivalAt,
        SubmittedAt = now,
        UpdatedAt = now,
        Version = 1,
        Routing = JsonSerializer.Serialize(accepted.Routing, ApiJson.Options),
        Content = JsonSerializer.Serialize(accepted.Content, ApiJson.Options),
        Checks = JsonSerializer.Serialize(ClearanceChecks.None, ApiJson.Options),
        Warnings = JsonSerializer.Serialize(accepted.Warnings, ApiJson.Options),
    };

    private async Task<(StoredResponse Response, bool Replayed)> SubmitAsync(UnitOfWork unit, Submission submission)
    {
        var (prepared, response, principal, idempotencyKey, requestHash, now, notBefore) = submission;
        if (idempotencyKey is not null
            && await IdempotencyRecords.FindAsync(unit.Connection, unit.Transaction, principal.KeyId, idempotencyKey, notBefore) is { } earlier)
        {
            return (earlier, true);
        }
        var day = VietnamTime.DateOf(now);
        var sequence = await Data.NextSequenceAsync(unit, day);
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
        var record = prepared with { ReferenceNumber = ReferenceNumber.Format(day, sequence) };
        await Data.InsertAsync(unit, record);
        await DeclarationJournal.AppendHistoryAsync(unit, record.Id, now, "submit", null, DeclarationStatus.Submitted, principal, null, null);
        await DeclarationJournal.AppendEventAsync(unit, DeclarationEventTypes.Submitted, now,
            new DeclarationEventData(record.Id, record.ReferenceNumber, null, record.Status, record.UnitCode), record.DeclarantTaxCode);
        var stored = new StoredResponse(requestHash, StatusCodes.Status201Created, $"/api/v1/declarations/{record.Id}",
            JsonSerializer.Serialize(response with { ReferenceNumber = record.ReferenceNumber }, ApiJson.Options));
        if (idempotencyKey is not null)
        {
            await IdempotencyRecords.SaveAsync(unit, principal.KeyId, idempotencyKey, stored, now);
        }
        return (stored, false);
    }

    private async Task ReplyAsync(StoredResponse stored, string requestHash, bool replayed, CancellationToken ct)
    {
        if (stored.RequestHash != requestHash)
        {
            await Refusals.IdempotencyKeyReused.WriteAsync(HttpContext);
            return;
        }
        HttpContext.Response.StatusCode = stored.StatusCode;
        HttpContext.Response.ContentType = "application/json; charset=utf-8";
        if (stored.Location is not null)
        {
            HttpContext.Response.Headers.Location = stored.Location;
        }
        if (VersionOf(stored.ResponseBody) is { } version)
        {
            // The answer names the version it shows, so that a client can amend or act without reading it again.
            HttpContext.Response.Headers.ETag = IfMatch.ETagOf(version);
        }
        if (replayed)
        {
            HttpContext.Response.Headers[IdempotencyRecords.ReplayedHeaderName] = "true";
        }
        await HttpContext.Response.WriteAsync(stored.ResponseBody, ct);
    }

    private static int? VersionOf(string responseBody)
    {
        using var body = JsonDocument.Parse(responseBody);
        return body.RootElement.ValueKind == JsonValueKind.Object
            && body.RootElement.TryGetProperty("version", out var version) && version.TryGetInt32(out var number)
            ? number
            : null;
    }
}
