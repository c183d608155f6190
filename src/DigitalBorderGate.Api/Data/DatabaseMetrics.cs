using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DigitalBorderGate.Api.Data;

/// <summary>What the storage layer reports to operators: how commits are grouped, how long they take, and the spans of a unit of work.</summary>
internal static class DatabaseMetrics
{
    public const string MeterName = "DigitalBorderGate.Database";

    public static readonly ActivitySource Tracing = new(MeterName);

    private static readonly Meter Meter = new(MeterName);

    private static readonly Histogram<int> BatchSize = Meter.CreateHistogram<int>(
        "bordergate.db.group_commit.units", "{unit}", "Units of work committed together by one commit.",
        advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64, 128, 256] });

    private static readonly Histogram<double> CommitDuration = Meter.CreateHistogram<double>(
        "bordergate.db.group_commit.duration", "s", "Time from beginning a shared transaction to its commit.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1] });

    private static readonly Counter<long> Refusals = Meter.CreateCounter<long>(
        "bordergate.db.outage.refusals", "{request}", "Requests answered 503 because the database did not answer.");

    public static void RecordGroupCommit(int units, TimeSpan elapsed)
    {
        BatchSize.Record(units);
        CommitDuration.Record(elapsed.TotalSeconds);
    }

    public static void RecordRefusal() => Refusals.Add(1);

    /// <summary>The span of one unit of work, child of the request that runs it; null when nobody listens.</summary>
    public static Activity? StartUnitOfWork() => Tracing.StartActivity("bordergate.unit_of_work");

    /// <summary>
    /// The span of one shared commit. Its units belong to different requests, so it is the root of its own trace and
    /// links to the span of each unit it commits.
    /// </summary>
    public static Activity? StartGroupCommit(string engine, IEnumerable<ActivityContext> units)
    {
        var links = units.Where(context => context != default).Select(context => new ActivityLink(context));
        return Tracing.StartActivity(ActivityKind.Internal, parentContext: default, tags: [new("db.system.name", engine)], links: links,
            name: "bordergate.db.group_commit");
    }
}
