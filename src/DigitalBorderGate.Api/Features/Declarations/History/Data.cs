namespace DigitalBorderGate.Api.Features.Declarations.History;

internal static class Data
{
    /// <summary>A declaration's history, oldest first; a few dozen entries at most, so read whole.</summary>
    public static async Task<IReadOnlyList<HistoryRow>> HistoryAsync(Database database, Guid declarationId, CancellationToken ct) =>
        (await database.ReadAsync(c => c.QueryAsync<HistoryRow>(
            """
            SELECT at AS At, action AS Action, from_status AS FromStatus, to_status AS ToStatus, actor_role AS ActorRole,
                   actor_label AS ActorLabel, actor_unit_code AS ActorUnitCode, note AS Note, details AS Details
            FROM declaration_history WHERE declaration_id = @Id ORDER BY id
            """, new { Id = declarationId }), ct)).ToList();
}

internal sealed class HistoryRow
{
    public DateTimeOffset At { get; set; }
    public string Action { get; set; } = "";
    public string? FromStatus { get; set; }
    public string ToStatus { get; set; } = "";
    public string ActorRole { get; set; } = "";
    public string ActorLabel { get; set; } = "";
    public string? ActorUnitCode { get; set; }
    public string? Note { get; set; }
    public string? Details { get; set; }
}
