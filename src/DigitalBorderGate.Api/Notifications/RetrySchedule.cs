namespace DigitalBorderGate.Api.Notifications;

/// <summary>When to try a failed delivery again: quickly at first, then every two hours, until the retry window ends.</summary>
public static class RetrySchedule
{
    private static readonly TimeSpan[] Delays =
    [
        TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30), TimeSpan.FromHours(1), TimeSpan.FromHours(2),
    ];

    /// <summary>The wait after the given number of failed attempts; a receiver's Retry-After may lengthen it, up to two hours.</summary>
    public static TimeSpan After(int failedAttempts, TimeSpan? retryAfter)
    {
        var scheduled = Delays[Math.Clamp(failedAttempts - 1, 0, Delays.Length - 1)];
        return retryAfter is { } asked && asked > scheduled ? TimeSpan.FromTicks(Math.Min(asked.Ticks, Delays[^1].Ticks)) : scheduled;
    }
}
