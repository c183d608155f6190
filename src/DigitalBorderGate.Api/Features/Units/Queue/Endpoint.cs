using Dapper;
using DigitalBorderGate.Api.Auth;
using DigitalBorderGate.Api.Data;
using DigitalBorderGate.Api.Data.ReferenceData;
using DigitalBorderGate.Api.Features.Declarations;
using DigitalBorderGate.Api.Features.Declarations.Search;
using DigitalBorderGate.Api.Features.Shared;
using DigitalBorderGate.Api.Problems;
using DigitalBorderGate.Domain.Declarations;
using DigitalBorderGate.Domain.Lifecycle;
using FastEndpoints;
using DigitalBorderGate.Api.Hosting.OpenApi;

namespace DigitalBorderGate.Api.Features.Units.Queue;

/// <summary>
/// A unit's clearance queue: its open work (or, filtered by a closed status, its finished work) by expected arrival,
/// keyset-paged, with the counts per status of its whole open queue. Officers of the unit and branch-wide officers read it.
/// </summary>
public sealed class Endpoint(Database database, ReferenceDataCatalog catalog) : Endpoint<Request, QueuePage>
{
    public override void Configure()
    {
        Get("/api/v1/units/{code}/queue");
        Roles(Auth.Roles.Officer);
        Description(b => b
            .WithName("getUnitQueue").WithTags("Units")
            .WithSummary("A unit's clearance queue by expected arrival, with counts per status")
            .ProducesProblems(StatusCodes.Status404NotFound));
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        var unit = catalog.Current.Data.FindUnit(request.Code.Trim().ToUpperInvariant());
        if (unit is null)
        {
            await Problem.WriteAsync(HttpContext, ProblemKind.NotFound, "There is no unit with this code.", "Không có đơn vị nào với mã này.");
            return;
        }
        if (!ApiPrincipal.From(User).ServesUnit(unit.Code))
        {
            await Problem.WriteAsync(HttpContext, ProblemKind.Forbidden,
                "Only officers of this unit, and branch-wide officers, read its queue.",
                "Chỉ công chức của đơn vị này và lãnh đạo chi cục được xem hàng chờ của đơn vị.");
            return;
        }
        var (ok, limit, after) = await PagingRequest.ReadAsync(HttpContext, request.Limit, request.Cursor);
        if (!ok)
        {
            return;
        }
        var where = Filters(request, unit.Code)
            .AddIf(request.Status is not null, "status = @Status", "Status", () => DbEnum.ToDb(request.Status!.Value))
            .After(after, "expected_arrival_at", descending: false);
        where.Parameters.Add("Take", limit + 1);
        var sql = database.Dialect.Limit($"SELECT {DeclarationRecord.Columns} FROM declarations WHERE {where} ORDER BY expected_arrival_at, id", "@Take");
        var (rows, counts) = await database.ReadAsync(async c =>
            ((await c.QueryAsync<DeclarationRecord>(sql, where.Parameters)).AsList(), await OpenCountsAsync(c, unit.Code)), ct);
        var page = rows.Take(limit).ToList();
        var next = rows.Count > limit ? new KeysetCursor(page[^1].ExpectedArrivalAt, page[^1].Id).Encode() : null;
        await Send.OkAsync(new QueuePage(page.Select(ToItem).ToList(), next, counts), ct);
    }

    private static SqlConditions Filters(Request request, string unitCode)
    {
        var isOpen = request.Status is not { } status || !DeclarationLifecycle.IsTerminal(status);
        return new SqlConditions()
            .Add("queue_unit_code = @Unit", "Unit", unitCode)
            .Add("is_open = @IsOpen", "IsOpen", isOpen)
            .AddIf(request.Channel is not null, "channel = @Channel", "Channel", () => DbEnum.ToDb(request.Channel!.Value))
            .AddIf(!string.IsNullOrWhiteSpace(request.BorderGateCode), "border_gate_code = @BorderGateCode", "BorderGateCode", () => request.BorderGateCode!.Trim().ToUpperInvariant())
            .AddIf(request.Direction is not null, "direction = @Direction", "Direction", () => DbEnum.ToDb(request.Direction!.Value))
            .AddIf(request.ArrivalFrom is not null, "expected_arrival_at >= @ArrivalFrom", "ArrivalFrom", () => request.ArrivalFrom)
            .AddIf(request.ArrivalTo is not null, "expected_arrival_at < @ArrivalTo", "ArrivalTo", () => request.ArrivalTo)
            .AddIf(!string.IsNullOrWhiteSpace(request.PlateNumber), "plate_number = @PlateNumber", "PlateNumber", () => PlateSearch.Normalise(request.PlateNumber!));
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
            counts[DbEnum.Parse<DeclarationStatus>(row.Status)] = row.Count;
        }
        return counts;
    }

    private static QueueItem ToItem(DeclarationRecord record)
    {
        var progress = record.Progress;
        return new QueueItem(record.Id, record.ReferenceNumber, progress.Status, record.Version, progress.Channel,
            DbEnum.Parse<Direction>(record.Direction), record.BorderGateCode, record.PlateNumber,
            VietnamTime.ToVietnam(record.ExpectedArrivalAt), record.DeclarantTaxCode, progress.ReferredToUnitCode);
    }

    private sealed class StatusCount
    {
        public string Status { get; set; } = "";
        public int Count { get; set; }
    }
}
