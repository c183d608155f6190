namespace DigitalBorderGate.Api.Notifications;

/// <summary>
/// When to try a failed delivery again: after a third of the time it has been pending, at least 10 s and at most two
/// hours (longer if the receiver asked for it with Retry-After, up to two hours). Waits grow with the outage, so a
/// receiver that was away for three minutes hears again within one, and one away for a day is not hammered.
/// </summary>
internal static class RetrySchedule
{
    public static readonly TimeSpan Shortest = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan Longest = TimeSpan.FromHours(2);

    public static TimeSpan After(TimeSpan pendingFor, TimeSpan? retryAfter)
    {
        var scheduled = TimeSpan.FromTicks(Math.Clamp(pendingFor.Ticks / 3, Shortest.Ticks, Longest.Ticks));
        return retryAfter is { } asked && asked > scheduled ? TimeSpan.FromTicks(Math.Min(asked.Ticks, Longest.Ticks)) : scheduled;
    }
}
