namespace DigitalBorderGate.Domain.Statistics;

/// <summary>How many samples a stage had in the period, with their median and 90th percentile in minutes (null: no sample).</summary>
public sealed record StageDwellTime(DwellStage Stage, int Count, double? MedianMinutes, double? P90Minutes);
