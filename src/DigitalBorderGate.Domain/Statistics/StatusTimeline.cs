namespace DigitalBorderGate.Domain.Statistics;

/// <summary>
/// The first time a declaration reached each status that bounds a dwell stage (null: not reached yet, or never).
/// First times, not latest: a hold and release in between stays inside the stage, because the truck really waited.
/// </summary>
public sealed record StatusTimeline(
    Guid DeclarationId,
    string GateCode,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? AtGateAt,
    DateTimeOffset? InYardAt,
    DateTimeOffset? ClearedAt,
    DateTimeOffset? ExitedAt)
{
    /// <summary>The statuses that bound a dwell stage, in the order a truck reaches them; the only ones a timeline reads.</summary>
    public static IReadOnlyList<DeclarationStatus> BoundingStatuses { get; } =
        [DeclarationStatus.Submitted, DeclarationStatus.AtGate, DeclarationStatus.InYard, DeclarationStatus.Cleared, DeclarationStatus.Exited];

    /// <summary>
    /// Builds the timeline from a declaration's status changes, in any order, keeping the earliest time of each
    /// of the five statuses; statuses that bound no stage (held, under inspection, …) are ignored.
    /// </summary>
    /// <exception cref="ArgumentException">The history has no submitted entry.</exception>
    public static StatusTimeline FromHistory(
        Guid id,
        string gateCode,
        IEnumerable<(DateTimeOffset At, DeclarationStatus ToStatus)> history)
    {
        ArgumentNullException.ThrowIfNull(history);

        var firstReached = new Dictionary<DeclarationStatus, DateTimeOffset>();
        foreach (var (at, toStatus) in history)
        {
            if (!firstReached.TryGetValue(toStatus, out var earlier) || at < earlier)
            {
                firstReached[toStatus] = at;
            }
        }

        if (!firstReached.TryGetValue(DeclarationStatus.Submitted, out var submittedAt))
        {
            throw new ArgumentException("The history has no submitted entry.", nameof(history));
        }

        return new StatusTimeline(
            id,
            gateCode,
            submittedAt,
            FirstOrNull(firstReached, DeclarationStatus.AtGate),
            FirstOrNull(firstReached, DeclarationStatus.InYard),
            FirstOrNull(firstReached, DeclarationStatus.Cleared),
            FirstOrNull(firstReached, DeclarationStatus.Exited));
    }

    private static DateTimeOffset? FirstOrNull(Dictionary<DeclarationStatus, DateTimeOffset> firstReached, DeclarationStatus status) =>
        firstReached.TryGetValue(status, out var at) ? at : null;
}
