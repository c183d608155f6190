using System.Data.Common;
using System.Diagnostics;
using Dapper;
using DigitalBorderGate.Api.Data;
using DigitalBorderGate.Api.Features.Declarations;
using DigitalBorderGate.Api.Features.Events;
using DigitalBorderGate.Api.Retention;
using DigitalBorderGate.Api.Settings;
using DigitalBorderGate.Domain.Declarations;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SubmitData = DigitalBorderGate.Api.Features.Declarations.Submit.Data;

namespace DigitalBorderGate.Bench;

/// <summary>
/// Days of traffic on two copies of a database the API has set up (one declaration submitted with an Idempotency-Key,
/// one webhook registered): each declaration is submitted with a key of its own and taken to exit, every event enqueued
/// for the webhook and then marked delivered, written through the API's store code on a simulated clock. On one copy
/// the retention sweep runs at the end of every simulated hour; on the other it never runs. .ci/bench/retention-year
/// measures both files.
/// </summary>
internal static class RetentionYear
{
    private const int DeclarationsPerUnitOfWork = 25;

    private static readonly (string Action, DeclarationStatus From, DeclarationStatus To, TimeSpan After)[] Lifecycle =
    [
        ("confirmArrival", DeclarationStatus.Submitted, DeclarationStatus.AtGate, TimeSpan.FromHours(2)),
        ("confirmYardEntry", DeclarationStatus.AtGate, DeclarationStatus.InYard, TimeSpan.FromHours(2.5)),
        ("startInspection", DeclarationStatus.InYard, DeclarationStatus.UnderInspection, TimeSpan.FromHours(3)),
        ("clear", DeclarationStatus.UnderInspection, DeclarationStatus.Cleared, TimeSpan.FromHours(4)),
        ("confirmExit", DeclarationStatus.Cleared, DeclarationStatus.Exited, TimeSpan.FromHours(5)),
    ];

    /// <summary>Simulates <paramref name="days"/> on <c>without-retention.db</c> and <c>with-retention.db</c> beside the setup file.</summary>
    public static async Task<int> RunAsync(string setupFile, int perDay, int days)
    {
        DapperTypeHandlers.Register();
        await CheckpointAsync(setupFile);
        var folder = Path.GetDirectoryName(Path.GetFullPath(setupFile))!;
        foreach (var retain in new[] { false, true })
        {
            var file = Path.Combine(folder, retain ? "with-retention.db" : "without-retention.db");
            File.Copy(setupFile, file, overwrite: true);
            var started = Stopwatch.GetTimestamp();
            await SimulateAsync(file, perDay, days, retain);
            SqliteConnection.ClearAllPools();
            await CheckpointAsync(file);
            Console.Error.WriteLine(FormattableString.Invariant(
                $"{(retain ? "with" : "without")} retention: {perDay * days:N0} declarations in {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s"));
        }
        return 0;
    }

    private static async Task SimulateAsync(string file, int perDay, int days, bool retain)
    {
        var database = new Database(new UnflushedSqliteEngine(), $"Data Source={file}");
        var template = await TemplateAsync(database);
        var clock = new SimulatedClock(DateTimeOffset.UtcNow);
        var sweep = new RetentionSweep(database, clock, Options.Create(new BorderGateOptions { Retention = { PauseMilliseconds = 0 } }));
        var step = TimeSpan.FromDays(1) / perDay;
        var start = clock.GetUtcNow();
        var submitted = 0;
        for (var hour = 1; hour <= days * 24; hour++)
        {
            var hourEnd = start + TimeSpan.FromHours(hour);
            while (start + step * submitted < hourEnd)
            {
                var first = submitted;
                var count = 0;
                while (count < DeclarationsPerUnitOfWork && start + step * (first + count) < hourEnd)
                {
                    count++;
                }
                await database.WriteAsync(async unit =>
                {
                    for (var i = first; i < first + count; i++)
                    {
                        await WriteDeclarationAsync(unit, template, start + step * i, i);
                    }
                    // The receiver answered each at once: what the dispatcher records for a delivery that succeeded.
                    return await unit.Connection.ExecuteAsync(
                        "UPDATE webhook_deliveries SET status = 'delivered', attempts = 1, delivered_at = created_at, last_status_code = 200 WHERE status = 'pending'",
                        transaction: unit.Transaction);
                }, CancellationToken.None);
                submitted += count;
            }
            clock.Now = hourEnd;
            if (retain)
            {
                await sweep.RunAsync(CancellationToken.None);
            }
            if (hour % (24 * 30) == 0)
            {
                Console.Error.WriteLine(FormattableString.Invariant($"  day {hour / 24}: {submitted:N0} declarations"));
            }
        }
    }

    private static async Task WriteDeclarationAsync(UnitOfWork unit, Template template, DateTimeOffset at, int index)
    {
        var day = VietnamTime.DateOf(at);
        var declaration = template.Declaration;
        var record = new DeclarationRecord
        {
            Id = Guid.CreateVersion7(at),
            ReferenceNumber = ReferenceNumber.Format(day, await SubmitData.NextSequenceAsync(unit, day)),
            DeclarantTaxCode = declaration.DeclarantTaxCode,
            Direction = declaration.Direction,
            BorderGateCode = declaration.BorderGateCode,
            UnitCode = declaration.UnitCode,
            QueueUnitCode = declaration.QueueUnitCode,
            PlateNumber = $"12C{index % 100_000:D5}",
            Status = EnumText.Of(DeclarationStatus.Submitted),
            ExpectedArrivalAt = at.AddHours(2),
            SubmittedAt = at,
            UpdatedAt = at,
            Version = 1,
            Routing = declaration.Routing,
            Content = declaration.Content,
            Checks = declaration.Checks,
            Warnings = declaration.Warnings,
        };
        await SubmitData.InsertAsync(unit, record);
        var declarant = ("declarant", "Simulated declarant", (string?)null);
        await DeclarationJournal.AppendHistoryAsync(unit, record.Id, at, "submit", null, DeclarationStatus.Submitted, declarant, null, null);
        await DeclarationJournal.AppendEventAsync(unit, DeclarationEventTypes.Submitted, at,
            new DeclarationEventData(record.Id, record.ReferenceNumber, null, record.Status, record.UnitCode), record.DeclarantTaxCode);
        await IdempotencyRecords.SaveAsync(unit, template.PrincipalId, Guid.NewGuid().ToString(), template.Response with
        {
            Location = $"/api/v1/declarations/{record.Id}",
        }, at);
        var officer = ("officer", "Simulated officer", (string?)record.UnitCode);
        foreach (var (action, from, to, after) in Lifecycle)
        {
            await DeclarationJournal.AppendHistoryAsync(unit, record.Id, at + after, action, from, to, officer, null, null);
            await DeclarationJournal.AppendEventAsync(unit, DeclarationEventTypes.StatusChanged, at + after,
                new DeclarationEventData(record.Id, record.ReferenceNumber, EnumText.Of(from), EnumText.Of(to), record.UnitCode) { Action = action },
                record.DeclarantTaxCode);
        }
        await unit.Connection.ExecuteAsync("UPDATE declarations SET status = 'exited', is_open = 0, version = 6, updated_at = @At WHERE id = @Id",
            new { record.Id, At = at + Lifecycle[^1].After }, unit.Transaction);
    }

    private sealed record Template(DeclarationRecord Declaration, Guid PrincipalId, StoredResponse Response);

    private static async Task<Template> TemplateAsync(Database database) => await database.ReadAsync(async c =>
    {
        var declaration = await c.QuerySingleAsync<DeclarationRecord>($"SELECT {DeclarationRecord.Columns} FROM declarations LIMIT 1");
        var principal = await c.QuerySingleAsync<Guid>("SELECT principal_id FROM idempotency_records LIMIT 1");
        var response = await IdempotencyRecords.FindAsync(c, null, principal,
            await c.QuerySingleAsync<string>("SELECT idempotency_key FROM idempotency_records LIMIT 1"), DateTimeOffset.MinValue);
        return new Template(declaration, principal, response!);
    }, CancellationToken.None);

    private static async Task CheckpointAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE)");
    }

    /// <summary>
    /// The API's SQLite engine without the flush of each commit: the files come out the same, and a simulated year
    /// does not wait for the disk tens of thousands of times.
    /// </summary>
    private sealed class UnflushedSqliteEngine : DatabaseEngine
    {
        private readonly SqliteEngine inner = new();

        public override SqlDialect Dialect => inner.Dialect;

        public override bool GroupsCommits => inner.GroupsCommits;

        public override DbConnection CreateConnection(string connectionString) => inner.CreateConnection(connectionString);

        public override async Task PrepareConnectionAsync(DbConnection connection, CancellationToken cancellationToken)
        {
            await inner.PrepareConnectionAsync(connection, cancellationToken);
            await connection.ExecuteAsync("PRAGMA synchronous = OFF");
        }

        public override bool IsUniqueViolation(DbException exception) => inner.IsUniqueViolation(exception);

        public override bool IsTransient(DbException exception) => inner.IsTransient(exception);

        public override void ApplyMigrations(string connectionString) => inner.ApplyMigrations(connectionString);
    }

    private sealed class SimulatedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
