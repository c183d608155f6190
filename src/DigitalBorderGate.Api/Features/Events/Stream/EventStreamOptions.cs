namespace DigitalBorderGate.Api.Features.Events.Stream;

/// <summary>The <c>BorderGate:EventStream</c> section: how server-sent event streams are kept.</summary>
internal sealed class EventStreamOptions
{
    public const string Section = "BorderGate:EventStream";

    /// <summary>How often one query per instance looks for new events while any stream is open.</summary>
    public int PollIntervalMilliseconds { get; set; } = 250;

    /// <summary>A comment line after this much silence, so that proxies and clients know the stream is alive.</summary>
    public double HeartbeatSeconds { get; set; } = 15;

    /// <summary>Open streams one API key may hold at once; one more is refused with 429.</summary>
    public int MaxStreamsPerKey { get; set; } = 4;

    /// <summary>
    /// A stream ends after this long and the client reconnects with Last-Event-ID; the key is checked again then, so
    /// a revoked key's stream lasts at most this long.
    /// </summary>
    public int MaxStreamMinutes { get; set; } = 15;
}
