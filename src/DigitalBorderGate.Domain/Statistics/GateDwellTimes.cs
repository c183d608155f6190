namespace DigitalBorderGate.Domain.Statistics;

/// <summary>The dwell times at one gate, one entry per <see cref="DwellStage"/> in enum order.</summary>
public sealed record GateDwellTimes(string GateCode, IReadOnlyList<StageDwellTime> Stages);
