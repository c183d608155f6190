using System.Diagnostics;
using Dapper;
using DigitalBorderGate.Api.Data;
using DigitalBorderGate.Api.Features.Declarations;
using DigitalBorderGate.Domain.Declarations;
using SubmitData = DigitalBorderGate.Api.Features.Declarations.Submit.Data;

namespace DigitalBorderGate.Bench;

/// <summary>
/// Fills a database the API has already set up with a year of declarations, through the submission's own store code
/// (the daily reference sequence and the declaration insert, counters kept by the same triggers): the newest
/// <c>open</c> stay open in Hữu Nghị's queue, the rest have left through other units' gates.
/// </summary>
internal static class BulkSeed
{
    private const int RowsPerUnitOfWork = 200;
    private static readonly string[] ClosedUnits = ["HUU_NGHI", "TAN_THANH", "COC_NAM", "CHI_MA", "TA_LUNG"];

    public static async Task<int> RunAsync(string file, int declarations, int open)
    {
        if (declarations <= 0)
        {
            Console.WriteLine(0);
            return 0;
        }
        DapperTypeHandlers.Register();
        var database = new Database(new SqliteEngine(), $"Data Source={file}");
        var template = await database.ReadAsync(c => c.QuerySingleAsync<DeclarationRecord>(
            $"SELECT {DeclarationRecord.Columns} FROM declarations WHERE unit_code = 'HUU_NGHI' LIMIT 1"), CancellationToken.None);
        var now = DateTimeOffset.UtcNow;
        var step = TimeSpan.FromDays(365) / declarations;
        var started = Stopwatch.GetTimestamp();
        for (var first = 0; first < declarations; first += RowsPerUnitOfWork)
        {
            var last = Math.Min(declarations, first + RowsPerUnitOfWork);
            await database.WriteAsync(async unit =>
            {
                for (var i = first; i < last; i++)
                {
                    var submittedAt = now - step * (declarations - i);
                    var isOpen = i >= declarations - open;
                    var day = VietnamTime.DateOf(submittedAt);
                    var record = new DeclarationRecord
                    {
                        Id = Guid.CreateVersion7(submittedAt),
                        ReferenceNumber = ReferenceNumber.Format(day, await SubmitData.NextSequenceAsync(unit, day)),
                        DeclarantTaxCode = template.DeclarantTaxCode,
                        Direction = template.Direction,
                        BorderGateCode = template.BorderGateCode,
                        UnitCode = isOpen ? "HUU_NGHI" : ClosedUnits[i % ClosedUnits.Length],
                        QueueUnitCode = isOpen ? "HUU_NGHI" : ClosedUnits[i % ClosedUnits.Length],
                        PlateNumber = $"12C{i % 100_000:D5}",
                        Status = template.Status,
                        ExpectedArrivalAt = submittedAt.AddHours(20),
                        SubmittedAt = submittedAt,
                        UpdatedAt = submittedAt,
                        Version = 1,
                        Routing = template.Routing,
                        Content = template.Content,
                        Checks = template.Checks,
                    };
                    await SubmitData.InsertAsync(unit, record);
                    if (!isOpen)
                    {
                        await unit.Connection.ExecuteAsync("UPDATE declarations SET status = 'exited', is_open = 0, version = 2 WHERE id = @Id",
                            new { record.Id }, unit.Transaction);
                    }
                }
                return 0;
            }, CancellationToken.None);
            if (last % 100_000 == 0)
            {
                Console.Error.WriteLine(FormattableString.Invariant($"seeded {last:N0} in {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s"));
            }
        }
        Console.WriteLine(FormattableString.Invariant($"{declarations / Stopwatch.GetElapsedTime(started).TotalSeconds:F0}"));
        return 0;
    }
}
