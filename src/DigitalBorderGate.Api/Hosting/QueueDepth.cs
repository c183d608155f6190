using System.Diagnostics.Metrics;
using DigitalBorderGate.Api.Settings;
using Microsoft.Extensions.Options;

namespace DigitalBorderGate.Api.Hosting;

/// <summary>
/// The open queue depth of every unit, per status, as a scrape reads it: the counters kept with each change (never a
/// scan of the queues), read at most once per cache period however often scrapes come.
/// </summary>
internal sealed class QueueDepth(Database database, TimeProvider clock, DatabaseOutageLog outages, IOptions<BorderGateOptions> options)
{
    private readonly Lock gate = new();
    private IReadOnlyList<Measurement<int>> last = [];
    private DateTimeOffset? readAt;

    public IEnumerable<Measurement<int>> Measure()
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            if (readAt is { } at && now - at < TimeSpan.FromSeconds(options.Value.Metrics.QueueDepthCacheSeconds))
            {
                return last;
            }
            readAt = now;
            // During an outage a read would only wait for the database; no depth is better than an old one.
            last = outages.InOutage ? [] : Read();
            return last;
        }
    }

    private List<Measurement<int>> Read()
    {
        try
        {
            // Observable instruments are read synchronously; the read is one short query of a small table.
            var rows = Features.Units.Queue.Data.AllOpenCountsAsync(database, CancellationToken.None).GetAwaiter().GetResult();
            return [.. rows.Select(row => new Measurement<int>(row.Count,
                new KeyValuePair<string, object?>("bordergate.unit.code", row.UnitCode),
                new KeyValuePair<string, object?>("bordergate.declaration.status", row.Status)))];
        }
        catch (Exception exception) when (DatabaseOutage.Caused(exception))
        {
            return [];
        }
    }
}
