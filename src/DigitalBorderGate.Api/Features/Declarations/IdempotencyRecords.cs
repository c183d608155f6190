namespace DigitalBorderGate.Api.Features.Declarations;

/// <summary>The first response given to an Idempotency-Key, kept to answer retries of the same request.</summary>
internal sealed record StoredResponse(string RequestHash, int StatusCode, string? Location, string ResponseBody)
{
    // For Dapper, which fills rows through setters so SQLite's integer columns convert.
    private StoredResponse()
        : this("", 0, null, "")
    {
    }
}

internal static class IdempotencyRecords
{
    public const string HeaderName = "Idempotency-Key";
    public const int MaxKeyLength = 255;

    /// <summary>What <see cref="IsWellFormed"/> accepts, as a regular expression for the contract.</summary>
    public const string Pattern = "^[!-~]{1,255}$";

    /// <summary>Sent as <c>true</c> on an answer replayed for a retry.</summary>
    public const string ReplayedHeaderName = "Idempotent-Replayed";

    public static bool IsWellFormed(string key) =>
        key.Length is > 0 and <= MaxKeyLength && key.All(c => c is >= '!' and <= '~');

    public static Task<StoredResponse?> FindAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? transaction,
        Guid principalId, string key, DateTimeOffset notBefore) =>
        connection.QuerySingleOrDefaultAsync<StoredResponse>(
            """
            SELECT request_hash AS RequestHash, status_code AS StatusCode, location AS Location, response_body AS ResponseBody
            FROM idempotency_records WHERE principal_id = @PrincipalId AND idempotency_key = @Key AND created_at >= @NotBefore
            """,
            new { PrincipalId = principalId, Key = key, NotBefore = notBefore }, transaction);

    public static async Task SaveAsync(UnitOfWork unit, Guid principalId, string key, StoredResponse response, DateTimeOffset now)
    {
        // A record older than the retention period no longer counts; replace it rather than collide with it.
        await unit.Connection.ExecuteAsync(
            "DELETE FROM idempotency_records WHERE principal_id = @PrincipalId AND idempotency_key = @Key",
            new { PrincipalId = principalId, Key = key }, unit.Transaction);
        await unit.Connection.ExecuteAsync(
            """
            INSERT INTO idempotency_records (principal_id, idempotency_key, request_hash, status_code, location, response_body, created_at)
            VALUES (@PrincipalId, @Key, @RequestHash, @StatusCode, @Location, @ResponseBody, @Now)
            """,
            new { PrincipalId = principalId, Key = key, response.RequestHash, response.StatusCode, response.Location, response.ResponseBody, Now = now },
            unit.Transaction);
    }
}
