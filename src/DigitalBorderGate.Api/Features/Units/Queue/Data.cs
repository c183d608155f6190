using DigitalBorderGate.Api.Features.Declarations;
using DigitalBorderGate.Api.Features.Shared;
using DigitalBorderGate.Domain.Lifecycle;

using DigitalBorderGate.Domain.Validation.Rules;
namespace DigitalBorderGate.Api.Features.Units.Queue;

internal static class Data
{
    /// <summary>
    /// One page (and one row more) of the unit's queue by expected arrival, read on one index (by status when the
    /// status is named) as ids and versions for <see cref="RenderedDeclarations"/>, and the counts per status of the
    /// unit's whole open queue.
    /// </summary>
    public static async Task<(IReadOnlyList<QueueRow> Rows, IReadOnlyDictionary<DeclarationStatus, int> Counts)> QueueAsync(
        Database database, Request request, string unitCode, PageRequest<KeysetCursor> paging, CancellationToken ct)
    {
        var where = Filters(request, unitCode)
            .AddIf(request.Status is not null, "status = @Status", "Status", () => EnumText.Of(request.Status!.Value))
            .After(paging.After, "expected_arrival_at", descending: false);
        where.Parameters.Add("Take", paging.Take);
        var sql = database.Dialect.Limit(
            $"SELECT id AS Id, version AS Version, expected_arrival_at AS ExpectedArrivalAt FROM declarations WHERE {where} ORDER BY expected_arrival_at, id", "@Take");
        return await database.ReadAsync(async c =>
            ((IReadOnlyList<QueueRow>)(await c.QueryAsync<QueueRow>(sql, where.Parameters)).AsList(), await OpenCountsAsync(c, unitCode)), ct);
    }

    private static SqlConditions Filters(Request request, string unitCode)
    {
        var isOpen = request.Status is not { } status || !DeclarationLifecycle.IsTerminal(status);
        return new SqlConditions()
            .Add("queue_unit_code = @Unit", "Unit", unitCode)
            .Add("is_open = @IsOpen", "IsOpen", isOpen)
            .AddIf(request.Channel is not null, "channel = @Channel", "Channel", () => EnumText.Of(request.Channel!.Value))
            .AddIf(!string.IsNullOrWhiteSpace(request.BorderGateCode), "border_gate_code = @BorderGateCode", "BorderGateCode", () => KnownCode.Normalize(request.BorderGateCode))
            .AddIf(request.Direction is not null, "direction = @Direction", "Direction", () => EnumText.Of(request.Direction!.Value))
            .AddIf(request.ArrivalFrom is not null, "expected_arrival_at >= @ArrivalFrom", "ArrivalFrom", () => request.ArrivalFrom)
            .AddIf(request.ArrivalTo is not null, "expected_arrival_at < @ArrivalTo", "ArrivalTo", () => request.ArrivalTo)
            .AddIf(!string.IsNullOrWhiteSpace(request.PlateNumber), DeclarationData.PlateCondition, "PlateNumber", () => PlateNumber.Normalize(request.PlateNumber!));
    }

    /// <summary>
    /// The unit's whole open queue per status, whatever the filters: counters kept with every change, so reading
    /// them costs the same at 10 or 100,000 open declarations. Closed statuses are not open work and count 0.
    /// </summary>
    private static async Task<IReadOnlyDictionary<DeclarationStatus, int>> OpenCountsAsync(System.Data.Common.DbConnection connection, string unitCode)
    {
        var rows = await connection.QueryAsync<StatusCount>(
            "SELECT status AS Status, open_count AS Count FROM queue_counts WHERE queue_unit_code = @Unit", new { Unit = unitCode });
        var counts = Enum.GetValues<DeclarationStatus>().ToDictionary(status => status, _ => 0);
        foreach (var row in rows)
        {
            counts[EnumText.Parse<DeclarationStatus>(row.Status)] = row.Count;
        }
        return counts;
    }

    /// <summary>Every unit's open counts per status, straight from the counters: one short read, whatever the queues hold.</summary>
    public static Task<IReadOnlyList<UnitStatusCount>> AllOpenCountsAsync(Database database, CancellationToken ct) =>
        database.ReadAsync(async c => (IReadOnlyList<UnitStatusCount>)(await c.QueryAsync<UnitStatusCount>(
            "SELECT queue_unit_code AS UnitCode, status AS Status, open_count AS Count FROM queue_counts")).AsList(), ct);

    private sealed class StatusCount
    {
        public string Status { get; set; } = "";
        public int Count { get; set; }
    }
}

/// <summary>A declaration's place in the queue: which version, and its key for the next page's cursor.</summary>
internal sealed class QueueRow
{
    public Guid Id { get; init; }

    public int Version { get; init; }

    public DateTimeOffset ExpectedArrivalAt { get; init; }

    public DeclarationVersion ToVersion() => new() { Id = Id, Version = Version };
}

internal sealed class UnitStatusCount
{
    public string UnitCode { get; set; } = "";
    public string Status { get; set; } = "";
    public int Count { get; set; }
}
