namespace DigitalBorderGate.Api.Hosting;

/// <summary>
/// An outage of the database is expected, not a bug: it is logged as one warning when it begins and one information
/// line with its counts when it ends, however many requests it refuses in between. Real errors still log in full.
/// </summary>
internal sealed class DatabaseOutageLog(TimeProvider clock, ILogger<DatabaseOutageLog> logger)
{
    private readonly Lock gate = new();
    private DateTimeOffset? since;
    private volatile bool active;
    private long refusedRequests;
    private long failedProbes;

    public bool InOutage => active;

    /// <summary>A request got 503 because the database did not answer.</summary>
    public void RequestRefused(Exception cause)
    {
        Data.DatabaseMetrics.RecordRefusal();
        Failed(cause, () => refusedRequests++);
    }

    /// <summary>A readiness probe or a background pass found the database away.</summary>
    public void ProbeFailed(Exception cause) => Failed(cause, () => failedProbes++);

    /// <summary>The database committed a write or answered a request: an outage in progress is over.</summary>
    public void Answered()
    {
        // Called on every answered request: without an outage it costs one read.
        if (!active)
        {
            return;
        }
        lock (gate)
        {
            if (since is not { } began)
            {
                return;
            }
            logger.LogInformation("The database answers again after {Duration:0.0} s of outage; {Refused} requests were answered 503 and {Probes} probes failed meanwhile",
                (clock.GetUtcNow() - began).TotalSeconds, refusedRequests, failedProbes);
            since = null;
            active = false;
            refusedRequests = 0;
            failedProbes = 0;
        }
    }

    private void Failed(Exception cause, Action count)
    {
        lock (gate)
        {
            count();
            if (since is not null)
            {
                return;
            }
            since = clock.GetUtcNow();
            active = true;
            logger.LogWarning("The database is not answering ({Reason}); requests get 503 with Retry-After until it does", cause.GetBaseException().Message);
        }
    }
}
