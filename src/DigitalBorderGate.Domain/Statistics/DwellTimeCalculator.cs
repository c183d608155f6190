namespace DigitalBorderGate.Domain.Statistics;

public static class DwellTimeCalculator
{
    private static readonly DwellStage[] Stages = Enum.GetValues<DwellStage>();

    /// <summary>
    /// Median and 90th percentile dwell time per gate and stage, in minutes rounded to 0.1.
    /// </summary>
    /// <remarks>
    /// A declaration gives a stage a sample when it has both of the stage's timestamps, and the sample belongs to
    /// the period in which the stage ENDED, within [<paramref name="from"/>, <paramref name="to"/>): a report for
    /// last week counts the trucks whose stage finished last week, wherever it started. A negative duration (clock
    /// skew or a data error) is skipped, not counted. Every gate in the input is listed, ordered by code (ordinal),
    /// with all five stages in enum order; a stage without samples has Count 0 and null figures.
    /// Pass the timelines of all gates or of just one: the result lists whichever gates it was given.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static IReadOnlyList<GateDwellTimes> Calculate(
        IEnumerable<StatusTimeline> timelines,
        DateTimeOffset from,
        DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(timelines);
        if (to < from)
        {
            throw new ArgumentException($"The period ends ({to:O}) before it starts ({from:O}).", nameof(to));
        }

        var samplesByGate = new Dictionary<string, List<double>[]>(StringComparer.Ordinal);
        foreach (var timeline in timelines)
        {
            if (!samplesByGate.TryGetValue(timeline.GateCode, out var samplesByStage))
            {
                samplesByStage = [.. Stages.Select(_ => new List<double>())];
                samplesByGate.Add(timeline.GateCode, samplesByStage);
            }

            for (var i = 0; i < Stages.Length; i++)
            {
                if (SampleMinutes(timeline, Stages[i], from, to) is { } minutes)
                {
                    samplesByStage[i].Add(minutes);
                }
            }
        }

        return
        [
            .. samplesByGate
                .OrderBy(gate => gate.Key, StringComparer.Ordinal)
                .Select(gate => new GateDwellTimes(gate.Key, [.. Stages.Select((stage, i) => Summarise(stage, gate.Value[i]))])),
        ];
    }

    private static double? SampleMinutes(StatusTimeline timeline, DwellStage stage, DateTimeOffset from, DateTimeOffset to)
    {
        var (start, end) = Bounds(timeline, stage);
        if (start is null || end is null || end < from || end >= to || end < start)
        {
            return null;
        }

        return (end.Value - start.Value).TotalMinutes;
    }

    private static (DateTimeOffset? Start, DateTimeOffset? End) Bounds(StatusTimeline timeline, DwellStage stage) => stage switch
    {
        DwellStage.SubmittedToAtGate => (timeline.SubmittedAt, timeline.AtGateAt),
        DwellStage.AtGateToInYard => (timeline.AtGateAt, timeline.InYardAt),
        DwellStage.InYardToCleared => (timeline.InYardAt, timeline.ClearedAt),
        DwellStage.ClearedToExited => (timeline.ClearedAt, timeline.ExitedAt),
        DwellStage.WholeTrip => (timeline.SubmittedAt, timeline.ExitedAt),
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "Unknown dwell stage."),
    };

    private static StageDwellTime Summarise(DwellStage stage, List<double> samples)
    {
        if (samples.Count == 0)
        {
            return new StageDwellTime(stage, 0, null, null);
        }

        samples.Sort();
        return new StageDwellTime(
            stage,
            samples.Count,
            ToTenthOfMinute(Percentile.Of(samples, 0.5)),
            ToTenthOfMinute(Percentile.Of(samples, 0.9)));
    }

    private static double ToTenthOfMinute(double minutes) => Math.Round(minutes, 1, MidpointRounding.AwayFromZero);
}
