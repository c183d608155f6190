using DigitalBorderGate.Api.Features.Shared;

namespace DigitalBorderGate.Api.Features.Events.List;

internal sealed class Request
{
    public string? Cursor { get; set; }
    public int? Limit { get; set; }
}

/// <summary>
/// The caller's change feed in commit order. Poll with the <c>nextCursor</c> of the last page: it is the position
/// after the newest event returned, so it stays valid when nothing new has happened (null only before any event).
/// </summary>
internal sealed class Endpoint(EventFeed feed) : Endpoint<Request, Page<DeclarationEvent>>
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
        var events = await feed.ReadAsync(audience, paging.After?.After ?? 0, paging.Limit, ct);
        var next = events.Count > 0 ? new SequenceCursor(events[^1].Id).Encode() : request.Cursor;
        await Send.OkAsync(new Page<DeclarationEvent>(events, next), ct);
    }
}
