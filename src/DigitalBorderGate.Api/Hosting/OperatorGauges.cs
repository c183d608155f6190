using System.Diagnostics.Metrics;

namespace DigitalBorderGate.Api.Hosting;

/// <summary>The state operators watch, read when a scrape asks: each unit's open queue, and whether the database is away.</summary>
internal sealed class OperatorGauges
{
    public const string MeterName = "DigitalBorderGate.Api";

    public OperatorGauges(IMeterFactory meters, QueueDepth queue, DatabaseOutageLog outages)
    {
        // A meter of this host's own (not a static one): each instance reports its own database.
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("bordergate.queue.open_declarations", queue.Measure, "{declaration}",
            "Open declarations in a unit's queue, per status, from the queue counters.");
        meter.CreateObservableGauge("bordergate.db.outage.active", () => outages.InOutage ? 1 : 0, "1",
            "1 while the database is not answering (requests get 503), 0 otherwise.");
    }
}
