using Dapper;
using DigitalBorderGate.Api.Data;
using DigitalBorderGate.Api.Features.Declarations;
using DigitalBorderGate.Api.Features.Shared;
using DigitalBorderGate.Domain.Declarations;
using DigitalBorderGate.Domain.Lifecycle;

using DigitalBorderGate.Domain.Validation.Rules;
namespace DigitalBorderGate.Api.Features.Units.Queue;

internal static class Data
{
    /// <summary>One page (and one row more) of the unit's queue by expected arrival, and the counts per status of the whole filtered queue.</summary>
    public static async Task<(IReadOnlyList<DeclarationRecord> Rows, IReadOnlyDictionary<DeclarationStatus, int> Counts)> QueueAsync(
        Database database, Request request, string unitCode, PageRequest<KeysetCursor> paging, CancellationToken ct)
    {
        var where = Filters(request, unitCode);
        var counts = await CountAsync(database, where, ct);
        where.AddIf(request.Status is not null, "status = @Status", "Status", () => EnumText.Of(request.Status!.Value))
            .After(paging.After, "expected_arrival_at", descending: false);
        where.Parameters.Add("Take", paging.Take);
        var sql = database.Dialect.Limit($"SELECT {DeclarationRecord.Columns} FROM declarations WHERE {where} ORDER BY expected_arrival_at, id", "@Take");
        var rows = (await database.ReadAsync(c => c.QueryAsync<DeclarationRecord>(sql, where.Parameters), ct)).ToList();
        return (rows, counts);
    }

    // Everything but the status and the cursor, so the counts describe the whole filtered queue.
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
            .AddIf(!string.IsNullOrWhiteSpace(request.PlateNumber), "plate_number = @PlateNumber", "PlateNumber", () => PlateNumber.Normalize(request.PlateNumber!));
    }

    private static async Task<IReadOnlyDictionary<DeclarationStatus, int>> CountAsync(Database database, SqlConditions where, CancellationToken ct)
    {
        var rows = await database.ReadAsync(c => c.QueryAsync<StatusCount>(
            $"SELECT status AS Status, COUNT(*) AS Count FROM declarations WHERE {where} GROUP BY status", where.Parameters), ct);
        var counts = Enum.GetValues<DeclarationStatus>().ToDictionary(status => status, _ => 0);
        foreach (var row in rows)
        {
            counts[EnumText.Parse<DeclarationStatus>(row.Status)] = row.Count;
        }
        return counts;
    }

    private sealed class StatusCount
    {
        public string Status { get; set; } = "";
        public int Count { get; set; }
    }
}
