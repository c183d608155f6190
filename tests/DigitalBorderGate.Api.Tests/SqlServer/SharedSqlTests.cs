using System.Text.RegularExpressions;
using DigitalBorderGate.Api.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit.Abstractions;

namespace DigitalBorderGate.Api.Tests.SqlServer;

/// <summary>
/// The features' SQL is shared by every provider. Every statement the application runs through a representative
/// flow on SQLite is captured; the few fragments the SQLite dialect owns are rewritten with the SQL Server
/// dialect's, and every statement must then parse as T-SQL.
/// </summary>
public sealed partial class SharedSqlTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_statement_the_features_run_parses_as_T_SQL()
    {
        var capture = new CapturingEngine(new SqliteEngine());
        await using (var receiver = await WebhookReceiver.StartAsync())
        using (var app = CapturingApp(capture))
        {
            await StoreScenarios.SubmitReadSearchAmendAsync(app);
            await StoreScenarios.TransitionQueueFeedAsync(app);
            await StoreScenarios.KeysAndWebhooksAsync(app, receiver.Url);
        }

        var distinct = capture.Statements.Select(Normalise).Distinct(StringComparer.Ordinal).ToList();
        var skipped = distinct.Where(IsEngineHousekeeping).ToList();
        var translated = 0;
        var failures = new List<string>();
        foreach (var statement in distinct.Except(skipped))
        {
            var tsql = ToSqlServer(statement);
            translated += tsql == statement ? 0 : 1;
            var errors = TSql.Parse(tsql, out _);
            if (errors.Count > 0)
            {
                failures.Add($"{string.Join("; ", errors.Select(e => e.Message))}\n  {tsql}");
            }
        }

        output.WriteLine($"{distinct.Count} distinct statements captured: {distinct.Count - skipped.Count} parsed as T-SQL " +
            $"({translated} with the SQL Server dialect's fragments in place of SQLite's), {skipped.Count} SQLite housekeeping skipped.");
        foreach (var statement in skipped)
        {
            output.WriteLine($"skipped: {statement}");
        }
        Assert.True(failures.Count == 0, $"{failures.Count} statements are not T-SQL:\n{string.Join("\n", failures)}");
        Assert.True(distinct.Count - skipped.Count > 40, $"Only {distinct.Count - skipped.Count} statements were captured.");
    }

    private static BorderGateApp CapturingApp(CapturingEngine capture)
    {
        BorderGateApp? app = null;
        app = new BorderGateApp
        {
            ExtraServices = services => services.Replace(ServiceDescriptor.Singleton(_ =>
            {
                DapperTypeHandlers.Register();
                return new Database(capture, app!.ConnectionString);
            })),
        };
        return app;
    }

    private static readonly SqlServerDialect SqlServer = new();

    /// <summary>Statements of the SQLite engine and driver, not of the features: pragmas and transaction control.</summary>
    private static bool IsEngineHousekeeping(string statement) =>
        HousekeepingPattern().IsMatch(statement);

    private static string ToSqlServer(string statement)
    {
        if (statement == Normalise(new SqliteDialect().NextDailySequenceSql))
        {
            return SqlServer.NextDailySequenceSql;
        }
        if (InsertReturningIdPattern().Match(statement) is { Success: true } insert)
        {
            return SqlServer.InsertReturningId(insert.Groups["table"].Value, insert.Groups["columns"].Value, insert.Groups["values"].Value);
        }
        // Both dialects append their limit to the ordered query, which may be a subquery.
        return LimitPattern().Replace(statement, match => SqlServer.Limit("", match.Groups["limit"].Value));
    }

    private static string Normalise(string statement) => WhitespacePattern().Replace(statement, " ").Trim().TrimEnd(';').Trim();

    [GeneratedRegex(@"^(PRAGMA|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HousekeepingPattern();

    [GeneratedRegex(@"^INSERT INTO (?<table>\w+) \((?<columns>[^)]*)\) VALUES \((?<values>[^)]*)\) RETURNING id$")]
    private static partial Regex InsertReturningIdPattern();

    [GeneratedRegex(@" LIMIT (?<limit>@\w+)")]
    private static partial Regex LimitPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();
}
