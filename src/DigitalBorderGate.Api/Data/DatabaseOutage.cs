using System.Data.Common;
using Polly.Timeout;

namespace DigitalBorderGate.Api.Data;

/// <summary>
/// Whether a failure means the database is out of reach (a connection or command failed, or timed out), as opposed
/// to a mistake of ours. An outage is answered with 503 and waited out; anything else is a bug or a misconfiguration.
/// </summary>
internal static class DatabaseOutage
{
    public static bool Caused(Exception? exception) =>
        exception is DbException or TimeoutException or TimeoutRejectedException
        || exception?.InnerException is { } inner && Caused(inner);
}
