using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DigitalBorderGate.Api.Data;

/// <summary>What the storage layer reports to operators: how commits are grouped and how long they take.</summary>
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

    public static void RecordGroupCommit(int units, TimeSpan elapsed)
    {
        BatchSize.Record(units);
        CommitDuration.Record(elapsed.TotalSeconds);
    }
}
