using DigitalBorderGate.Api.Data.ReferenceData;
using DigitalBorderGate.Api.Features.Shared;

namespace DigitalBorderGate.Api.Features.Declarations.History;

internal sealed class Request
{
    public Guid Id { get; set; }
}

internal sealed record HistoryActor(string Role, string Label, string? UnitCode);

/// <summary>One change of a declaration, as it was recorded; entries are never rewritten. <see cref="Details"/> say what it concerned beyond the status.</summary>
internal sealed record HistoryEntry(DateTimeOffset At, string Action, DeclarationStatus? FromStatus, DeclarationStatus ToStatus, HistoryActor Actor, string? Note)
{
    public HistoryDetails? Details { get; init; }
}

/// <summary>The append-only history of one declaration, oldest first: the submission, then every change.</summary>
internal sealed class Endpoint(Database database, ReferenceDataCatalog catalog) : Endpoint<Request, Page<HistoryEntry>>
{
    public override void Configure()
    {
        Get("/api/v1/declarations/{id}/history");
        Roles(Auth.Roles.Declarant, Auth.Roles.Officer);
        Description(b => b
            .WithName("getDeclarationHistory").WithTags("Declarations")
            .WithSummary("The append-only history of a declaration, submission first")
            .ProducesProblems(StatusCodes.Status404NotFound));
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        if (await DeclarationData.FindVisibleAsync(database, ApiPrincipal.From(User), catalog.Current, request.Id, ct) is null)
        {
            await Refusals.DeclarationNotFound.WriteAsync(HttpContext);
            return;
        }
        var rows = await Data.HistoryAsync(database, request.Id, ct);
        // A declaration's history is a few dozen entries at most: one page, whole.
        var entries = rows.Select(row => new HistoryEntry(
            VietnamTime.ToVietnam(row.At), row.Action,
            row.FromStatus is null ? null : EnumText.Parse<DeclarationStatus>(row.FromStatus),
            EnumText.Parse<DeclarationStatus>(row.ToStatus),
            new HistoryActor(row.ActorRole, row.ActorLabel, row.ActorUnitCode), row.Note)
        {
            Details = row.Details is null ? null : System.Text.Json.JsonSerializer.Deserialize<HistoryDetails>(row.Details, ApiJson.Options),
        }).ToList();
        await Send.OkAsync(new Page<HistoryEntry>(entries, null), ct);
    }
}
