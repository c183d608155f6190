namespace DigitalBorderGate.Api.Tests.Hosting;

/// <summary>
/// Tests that read metrics run alone: a metrics pipeline listens to every meter of its name in the process, so an
/// API started by another test at the same time would add its measurements to theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "Metrics";
}
