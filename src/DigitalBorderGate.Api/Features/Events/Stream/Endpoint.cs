using System.Diagnostics;
using System.Globalization;
using DigitalBorderGate.Api.Features.Shared;
using Microsoft.Extensions.Options;

namespace DigitalBorderGate.Api.Features.Events.Stream;

internal sealed class Request
{
    /// <summary>Start after this position of the change feed (a nextCursor of GET /api/v1/events); Last-Event-ID wins.</summary>
    public string? Cursor { get; set; }
}

/// <summary>
/// The caller's change feed pushed as server-sent events: the same events and scoping as GET /api/v1/events, each
/// with its id, so that a client reconnecting with Last-Event-ID misses nothing. Without a position it starts now.
/// </summary>
internal sealed class Endpoint(EventFeed feed, EventWatcher watcher, IOptions<EventStreamOptions> options) : Endpoint<Request>
{
    public const string ContentType = "text/event-stream";
    private const int Batch = 100;

    public override void Configure()
    {
        Get("/api/v1/events/stream");
        Roles(Auth.Roles.Declarant, Auth.Roles.Officer);
        Description(b => b
            .WithName("streamEvents").WithTags("Events")
            .WithSummary("The caller's change feed as server-sent events, resumable with Last-Event-ID")
            .WithDescription("Each event is `id: <event id>`, `event: <type>`, `data: <the event as in GET /api/v1/events>`; a comment line " +
                "is sent after 15 s of silence. A stream ends after 15 minutes: reconnect with Last-Event-ID. A key may hold 4 streams at once.")
            .Produces<string>(StatusCodes.Status200OK, ContentType)
            .ProducesProblems(StatusCodes.Status429TooManyRequests)
            .WithRequestHeader("Last-Event-ID", "The id of the last event received; the stream resumes after it."));
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        var principal = ApiPrincipal.From(User);
        if (Audience.Of(principal) is not { } audience)
        {
            await Refusals.AdminHasNoFeed.WriteAsync(HttpContext);
            return;
        }
        if (!TryReadStart(request, out var start))
        {
            await Problem.WriteAsync(HttpContext, ProblemKind.Validation, [Refusals.LastEventIdInvalid]);
            return;
        }
        using var lease = watcher.TryOpen(principal.KeyId);
        if (lease is null)
        {
            HttpContext.Response.Headers.RetryAfter = "30";
            await Refusals.StreamLimitReached(options.Value.MaxStreamsPerKey).WriteAsync(HttpContext);
            return;
        }
        // A stopping server ends its streams at once rather than waiting for them; clients reconnect elsewhere.
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(ct, Resolve<IHostApplicationLifetime>().ApplicationStopping);
        lifetime.CancelAfter(TimeSpan.FromMinutes(options.Value.MaxStreamMinutes));
        try
        {
            await StreamAsync(audience, start ?? await feed.LatestIdAsync(ct), lifetime.Token);
        }
        catch (OperationCanceledException)
        {
            // The client went away or the stream reached its age: either way it simply ends.
        }
        catch (System.Data.Common.DbException) when (HttpContext.Response.HasStarted)
        {
            // The database went away under an open stream: end it; the client reconnects with Last-Event-ID.
        }
    }

    private bool TryReadStart(Request request, out long? start)
    {
        start = null;
        var lastEventId = HttpContext.Request.Headers["Last-Event-ID"].ToString();
        if (lastEventId.Length > 0)
        {
            var ok = long.TryParse(lastEventId, NumberStyles.None, CultureInfo.InvariantCulture, out var id);
            start = id;
            return ok;
        }
        if (request.Cursor is null)
        {
            return true;
        }
        var decoded = SequenceCursor.TryDecode(request.Cursor, out var cursor);
        start = cursor.After;
        return decoded;
    }

    private async Task StreamAsync(Audience audience, long after, CancellationToken ct)
    {
        var response = HttpContext.Response;
        response.ContentType = ContentType;
        response.Headers["X-Accel-Buffering"] = "no";
        var writer = new EventStreamWriter(response.Body);
        await writer.WriteRetryAsync(TimeSpan.FromSeconds(2), ct);
        var heartbeat = TimeSpan.FromSeconds(options.Value.HeartbeatSeconds);
        // On a database where an event may wait for earlier transactions to commit, look again while it may appear.
        var wake = feed.ShowsEventsLate ? TimeSpan.FromMilliseconds(options.Value.PollIntervalMilliseconds) : heartbeat;
        var silence = Stopwatch.StartNew();
        while (!ct.IsCancellationRequested)
        {
            var changed = watcher.NextChange;
            var events = await feed.ReadAsync(audience, after, Batch, ct);
            foreach (var item in events)
            {
                await writer.WriteEventAsync(item, ct);
                after = item.Id;
            }
            if (events.Count > 0)
            {
                silence.Restart();
                if (events.Count == Batch)
                {
                    continue;
                }
            }
            await Task.WhenAny(changed, Task.Delay(wake, ct));
            ct.ThrowIfCancellationRequested();
            if (silence.Elapsed >= heartbeat)
            {
                await writer.WriteHeartbeatAsync(ct);
                silence.Restart();
            }
        }
    }
}
