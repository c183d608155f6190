using System.Security.Cryptography;
using System.Text.Json;
using DigitalBorderGate.Api.Auth;
using DigitalBorderGate.Api.Data;
using DigitalBorderGate.Api.Features.Shared;
using DigitalBorderGate.Api.Hosting;
using DigitalBorderGate.Api.Problems;
using DigitalBorderGate.Domain.Declarations;
using FastEndpoints;
using Microsoft.Extensions.Options;
using DigitalBorderGate.Api.Hosting.OpenApi;

namespace DigitalBorderGate.Api.Features.Declarations.Submit;

public sealed class Endpoint(DeclarationIntake intake, SubmissionStore store, Database database, TimeProvider clock, IOptions<BorderGateOptions> options)
    : Endpoint<DeclarationDraft, DeclarationResponse>
{
    public override void Configure()
    {
        Post("/api/v1/declarations");
        Roles(Auth.Roles.Declarant);
        Description(b => b
            .WithName("submitDeclaration").WithTags("Declarations")
            .WithSummary("Submit a declaration")
            .WithDescription("Validates the whole declaration at once, routes it to the unit that serves the gate and gives it a 13-digit reference number. A retry with the same Idempotency-Key gets the first answer.")
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
                [ProblemError.InHeader(IdempotencyRecords.HeaderName, "idempotencyKey.invalid",
                    $"The Idempotency-Key header must be 1 to {IdempotencyRecords.MaxKeyLength} visible ASCII characters.",
                    $"Tiêu đề Idempotency-Key phải gồm 1 đến {IdempotencyRecords.MaxKeyLength} ký tự ASCII hiển thị.")]));
            return;
        }
        var idempotencyKey = key.Length > 0 ? key : null;
        var requestHash = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(draft, ApiJson.Options)));
        var now = clock.GetUtcNow();
        var notBefore = now.AddHours(-options.Value.Declarations.IdempotencyRetentionHours);

        // A retry of a request that already succeeded gets its first answer, even if the request would no longer
        // pass today's checks (an arrival time that has since passed, say).
        if (idempotencyKey is not null
            && await database.ReadAsync(c => IdempotencyRecords.FindAsync(c, null, principal.KeyId, idempotencyKey, notBefore), ct) is { } earlier)
        {
            await ReplyAsync(earlier, requestHash, replayed: true, ct);
            return;
        }
        var (accepted, problem) = intake.Check(HttpContext, principal, draft);
        if (problem is not null)
        {
            await Problem.WriteAsync(HttpContext, problem);
            return;
        }
        var (stored, replayed) = await store.SubmitAsync(accepted!, principal, idempotencyKey, requestHash, now, notBefore, ct);
        await ReplyAsync(stored, requestHash, replayed, ct);
    }

    private async Task ReplyAsync(StoredResponse stored, string requestHash, bool replayed, CancellationToken ct)
    {
        if (stored.RequestHash != requestHash)
        {
            await Problem.WriteAsync(HttpContext, ProblemKind.IdempotencyKeyReused,
                "This Idempotency-Key was already used with a different request body; use a new key for a new declaration.",
                "Idempotency-Key này đã được dùng cho một nội dung khác; hãy dùng khóa mới cho tờ khai mới.");
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
