namespace DigitalBorderGate.Api.Settings;

/// <summary>
/// What is purged, and how: idempotency records once their replay window has passed, change-feed events and final
/// webhook deliveries after <see cref="EventDays"/>. Declarations and their history are never purged.
/// </summary>
internal sealed class RetentionOptions
{
    /// <summary>Run the purge in this instance.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the purge runs; it also runs once at start-up.</summary>
    public int IntervalMinutes { get; set; } = 10;

    /// <summary>How long events and delivered, failed or cancelled webhook deliveries are kept.</summary>
    public int EventDays { get; set; } = 30;

    /// <summary>Rows deleted per unit of work, so that a purge never holds the writer for long.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>The pause between two batches, in which waiting writes commit.</summary>
    public int PauseMilliseconds { get; set; } = 20;
}
