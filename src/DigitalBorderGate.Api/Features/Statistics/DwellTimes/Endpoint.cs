using DigitalBorderGate.Api.Data.ReferenceData;
using DigitalBorderGate.Domain.Statistics;
using DigitalBorderGate.Domain.Validation.Rules;
namespace DigitalBorderGate.Api.Features.Statistics.DwellTimes;

internal sealed class Request
{
    /// <summary>One gate; all the gates the caller may see when absent.</summary>
    public string? Gate { get; set; }

    /// <summary>Start of the period (inclusive); seven days before <c>to</c> when absent.</summary>
    public DateTimeOffset? From { get; set; }

    /// <summary>End of the period (exclusive); now when absent.</summary>
    public DateTimeOffset? To { get; set; }
}

internal sealed record DwellTimesResponse(DateTimeOffset From, DateTimeOffset To, IReadOnlyList<GateDwellTimes> Gates);

/// <summary>
/// Median and 90th percentile of each stage's duration per gate over a period, counted where the stage ended in
/// the period. Officers see their unit's gates; branch-wide officers see every gate.
/// </summary>
internal sealed class Endpoint(Database database, ReferenceDataCatalog catalog, TimeProvider clock) : Endpoint<Request, DwellTimesResponse>
{
    private static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(7);
    private static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(366);

    // A stage ending in the period may belong to a truck declared well before it: up to the declaring window
    // (30 days by default) plus the trip itself. Declarations older than this are not read.
    private static readonly TimeSpan Lookback = TimeSpan.FromDays(45);

    private static readonly IReadOnlyList<string> MeasuredStatuses = [.. StatusTimeline.BoundingStatuses.Select(status => EnumText.Of(status))];

    public override void Configure()
    {
        Get("/api/v1/statistics/dwell-times");
        Roles(Auth.Roles.Officer);
        Description(b => b
            .WithName("getDwellTimes").WithTags("Statistics")
            .WithSummary("Median and 90th percentile minutes per gate and stage over a period"));
    }

    public override async Task HandleAsync(Request request, CancellationToken ct)
    {
        var to = request.To ?? clock.GetUtcNow();
        var from = request.From ?? to - DefaultPeriod;
        if (from >= to || to - from > MaxPeriod)
        {
            await Problem.WriteAsync(HttpContext, ProblemKind.Validation, [Refusals.PeriodInvalid]);
            return;
        }
        var principal = ApiPrincipal.From(User);
        var data = catalog.Current.Data;
        var today = VietnamTime.DateOf(clock.GetUtcNow());
        var visible = principal.IsBranchWideOfficer
            ? data.Gates.Select(g => g.Code).ToList()
            : data.GatesServedBy(principal.OfficerUnit ?? "", today).Select(g => g.Code).ToList();
        var gate = KnownCode.Normalize(request.Gate);
        if (gate is not null && data.FindGate(gate) is null)
        {
            await Problem.WriteAsync(HttpContext, ProblemKind.Validation, [Refusals.GateUnknown]);
            return;
        }
        if (gate is not null && !visible.Contains(gate))
        {
            await Refusals.GateNotServed.WriteAsync(HttpContext);
            return;
        }
        var gates = gate is null ? visible : [gate];
        var measured = DwellTimeCalculator.Calculate(await ReadTimelinesAsync(gates, from, to, ct), from, to).ToDictionary(g => g.GateCode);
        // Every gate asked about is listed, those without a truck in the period with zero counts.
        var all = gates.Order(StringComparer.Ordinal)
            .Select(code => measured.GetValueOrDefault(code) ?? new GateDwellTimes(code, [.. Enum.GetValues<DwellStage>().Select(stage => new StageDwellTime(stage, 0, null, null))]))
            .ToList();
        await Send.OkAsync(new DwellTimesResponse(VietnamTime.ToVietnam(from), VietnamTime.ToVietnam(to), all), ct);
    }

    private async Task<IReadOnlyList<StatusTimeline>> ReadTimelinesAsync(IReadOnlyList<string> gates, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        if (gates.Count == 0)
        {
            return [];
        }
        var rows = await Data.HistoryPointsAsync(database, gates, from - Lookback, to, MeasuredStatuses, ct);
        return rows
            .GroupBy(row => (row.DeclarationId, row.GateCode))
            .Select(group => StatusTimeline.FromHistory(group.Key.DeclarationId, group.Key.GateCode,
                group.Select(point => (point.At, EnumText.Parse<DeclarationStatus>(point.ToStatus)))))
            .ToList();
    }
}
