using System.Text.Json;
using DigitalBorderGate.Api.Auth;
using DigitalBorderGate.Api.Data;
using DigitalBorderGate.Api.Features.Shared;
using DigitalBorderGate.Api.Problems;
using DigitalBorderGate.Domain.Declarations;
using DigitalBorderGate.Api.Contract;
using FastEndpoints;

namespace DigitalBorderGate.Api.Features.Events.List;

public sealed class Request
{
    public string? Cursor { get; set; }
    public int? Limit { get; set; }
}

/// <summary>
/// The caller's change feed in commit order. Poll with the <c>nextCursor</c> of the last page: it is the position
/// after the newest event returned, so it stays valid when nothing new has happened (null only before any event).
/// </summary>
public sealed class Endpoint(Database database, TimeProvider clock) : Endpoint<Request, Page<DeclarationEvent>>
{
    public override void Configure()
    {
        Get("/api/v1/events");
        Roles(Auth.Roles.Declarant, Auth.Roles.Officer);
        Description(b => b
            .WithName("listEvents").WithTags("Events")
            .WithSummary("The caller's change feed, in commit order; poll with nextCursor"));
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        if (Audience.Of(ApiPrincipal.From(User)) is not { } audience)
        {
            await Refusals.AdminHasNoFeed.WriteAsync(HttpContext);
            return;
        }
        var (paging, error) = PagingRequest.Read<SequenceCursor>(request.Limit, request.Cursor, SequenceCursor.TryDecode);
        if (error is not null)
        {
            await Problem.WriteAsync(HttpContext, ProblemKind.Validation, [error]);
            return;
        }
        var rows = await Data.EventsAsync(database, audience, paging, clock.GetUtcNow(), ct);
        var events = rows.Select(row => new DeclarationEvent(row.Id, row.Type, VietnamTime.ToVietnam(row.OccurredAt),
            JsonSerializer.Deserialize<DeclarationEventData>(row.Payload, ApiJson.Options)!)).ToList();
        var next = events.Count > 0 ? new SequenceCursor(events[^1].Id).Encode() : request.Cursor;
        await Send.OkAsync(new Page<DeclarationEvent>(events, next), ct);
    }
}
