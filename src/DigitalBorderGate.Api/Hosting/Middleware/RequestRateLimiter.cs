using System.Collections.Concurrent;
using DigitalBorderGate.Api.Settings;
using Microsoft.Extensions.Options;

namespace DigitalBorderGate.Api.Hosting.Middleware;

/// <summary>
/// A token bucket per caller (per API key; per client address without one). Each caller's bucket is its own, so
/// one noisy client only ever waits for itself. Time comes from <see cref="TimeProvider"/>, so tests can move it.
/// </summary>
internal sealed class RequestRateLimiter(TimeProvider clock, IOptions<BorderGateOptions> options)
{
    private const int MaxBuckets = 100_000;
    private readonly ConcurrentDictionary<string, Bucket> buckets = new(StringComparer.Ordinal);

    /// <returns>Null when the request may go on; otherwise how long until it would.</returns>
    public TimeSpan? TryAcquire(string caller, bool authenticated)
    {
        var settings = options.Value.RateLimit;
        var (rate, burst) = authenticated ? (settings.PermitsPerSecond, settings.Burst) : (settings.AnonymousPermitsPerSecond, settings.AnonymousBurst);
        var now = clock.GetUtcNow();
        if (buckets.Count > MaxBuckets)
        {
            Forget(now);
        }
        var bucket = buckets.GetOrAdd(caller, _ => new Bucket(burst, now));
        return bucket.TryTake(now, rate, burst);
    }

    // Anonymous callers can come from many addresses; a bucket that has refilled is the same as no bucket.
    private void Forget(DateTimeOffset now)
    {
        foreach (var (caller, bucket) in buckets)
        {
            if (bucket.IdleSince(now) > TimeSpan.FromMinutes(1))
            {
                buckets.TryRemove(caller, out _);
            }
        }
    }

    private sealed class Bucket(double tokens, DateTimeOffset updated)
    {
        private readonly Lock gate = new();

        public TimeSpan IdleSince(DateTimeOffset now) => now - updated;

        public TimeSpan? TryTake(DateTimeOffset now, double rate, int burst)
        {
            lock (gate)
            {
                tokens = Math.Min(burst, tokens + Math.Max(0, (now - updated).TotalSeconds) * rate);
                updated = now;
                if (tokens >= 1)
                {
                    tokens -= 1;
                    return null;
                }
                return TimeSpan.FromSeconds((1 - tokens) / rate);
            }
        }
    }
}
