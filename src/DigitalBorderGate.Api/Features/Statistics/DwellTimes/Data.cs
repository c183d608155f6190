namespace DigitalBorderGate.Api.Features.Statistics.DwellTimes;

internal static class Data
{
    /// <summary>The history entries reaching one of <paramref name="statuses"/>, of declarations at the gates submitted from <paramref name="since"/> to <paramref name="to"/>.</summary>
    public static async Task<IReadOnlyList<HistoryPoint>> HistoryPointsAsync(Database database, IReadOnlyList<string> gates, DateTimeOffset since, DateTimeOffset to,
        IReadOnlyList<string> statuses, CancellationToken ct) =>
        (await database.ReadAsync(c => c.QueryAsync<HistoryPoint>(
            """
            SELECT h.declaration_id AS DeclarationId, d.border_gate_code AS GateCode, h.at AS At, h.to_status AS ToStatus
            FROM declarations d JOIN declaration_history h ON h.declaration_id = d.id
            WHERE d.border_gate_code IN @Gates AND d.submitted_at >= @Since AND d.submitted_at < @To AND h.to_status IN @Statuses
            """,
            new { Gates = gates, Since = since, To = to, Statuses = statuses }), ct)).ToList();
}

internal sealed class HistoryPoint
{
    public Guid DeclarationId { get; set; }
    public string GateCode { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string ToStatus { get; set; } = "";
}
