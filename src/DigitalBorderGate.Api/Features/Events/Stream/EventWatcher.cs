using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace DigitalBorderGate.Api.Features.Events.Stream;

/// <summary>
/// Wakes the open streams of this instance when an event is committed, by any instance: while a stream is open, one
/// query per poll interval reads the newest event id, instead of one query per stream. It also keeps the count of
/// open streams per key.
/// </summary>
internal sealed class EventWatcher(EventFeed feed, IOptions<EventStreamOptions> options, ILogger<EventWatcher> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<Guid, int> streamsPerKey = new();
    private readonly SemaphoreSlim anyStream = new(0);
    private TaskCompletionSource next = NewSignal();
    private int openStreams;

    /// <summary>Completes at the next change after it was asked for: take it before reading, then wait on it.</summary>
    public Task NextChange => Volatile.Read(ref next).Task;

    /// <summary>Counts a stream of the key, or refuses when the key already holds the most it may.</summary>
    public StreamLease? TryOpen(Guid keyId)
    {
        var limit = options.Value.MaxStreamsPerKey;
        var count = streamsPerKey.AddOrUpdate(keyId, 1, (_, held) => held + 1);
        if (count > limit)
        {
            Close(keyId);
            return null;
        }
        if (Interlocked.Increment(ref openStreams) == 1)
        {
            anyStream.Release();
        }
        return new StreamLease(this, keyId);
    }

    private void Close(Guid keyId) =>
        streamsPerKey.AddOrUpdate(keyId, 0, (_, held) => held - 1);

    internal void Release(Guid keyId)
    {
        Close(keyId);
        Interlocked.Decrement(ref openStreams);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(Math.Max(10, options.Value.PollIntervalMilliseconds));
        long latest = -1;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (Volatile.Read(ref openStreams) == 0)
            {
                await anyStream.WaitAsync(stoppingToken);
                continue;
            }
            try
            {
                var now = await feed.LatestIdAsync(stoppingToken);
                if (now != latest)
                {
                    latest = now;
                    Interlocked.Exchange(ref next, NewSignal()).TrySetResult();
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be away for a while; the streams keep their heartbeats and catch up afterwards.
                logger.LogDebug(exception, "Could not look for new events.");
            }
            await Task.Delay(interval, stoppingToken);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>One open stream, counted against its key until disposed.</summary>
internal sealed class StreamLease(EventWatcher watcher, Guid keyId) : IDisposable
{
    private int disposed;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            watcher.Release(keyId);
        }
    }
}
