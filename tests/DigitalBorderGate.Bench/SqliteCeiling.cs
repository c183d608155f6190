using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace DigitalBorderGate.Bench;

/// <summary>
/// The embedded database's own ceiling on this disk: writers inserting rows of a declaration's size, each commit
/// flushed (WAL, synchronous = FULL), either one row per commit or several rows sharing one.
/// </summary>
internal static class SqliteCeiling
{
    public static async Task<int> RunAsync(string file, int writers, int rowsPerCommit, int seconds)
    {
        var connectionString = $"Data Source={file}";
        await using (var setup = new SqliteConnection(connectionString))
        {
            await setup.OpenAsync();
            Execute(setup, "PRAGMA journal_mode = WAL; CREATE TABLE IF NOT EXISTS rows (id INTEGER PRIMARY KEY, reference TEXT NOT NULL UNIQUE, unit TEXT NOT NULL, at TEXT NOT NULL, content TEXT NOT NULL); CREATE INDEX IF NOT EXISTS ix_rows_unit ON rows (unit, at);");
        }
        var content = new string('x', 2000);
        var until = Stopwatch.GetTimestamp() + Stopwatch.Frequency * seconds;
        var latencies = new List<double>[writers];
        var tasks = Enumerable.Range(0, writers).Select(writer => Task.Run(() =>
        {
            var own = latencies[writer] = [];
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            Execute(connection, "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 10000;");
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO rows (reference, unit, at, content) VALUES ($reference, $unit, $at, $content)";
            var reference = insert.Parameters.Add("$reference", SqliteType.Text);
            insert.Parameters.AddWithValue("$unit", "HUU_NGHI");
            var at = insert.Parameters.Add("$at", SqliteType.Text);
            insert.Parameters.AddWithValue("$content", content);
            while (Stopwatch.GetTimestamp() < until)
            {
                var started = Stopwatch.GetTimestamp();
                using var transaction = connection.BeginTransaction();
                insert.Transaction = transaction;
                for (var i = 0; i < rowsPerCommit; i++)
                {
                    reference.Value = Guid.NewGuid().ToString("N");
                    at.Value = DateTimeOffset.UtcNow.ToString("O");
                    insert.ExecuteNonQuery();
                }
                transaction.Commit();
                own.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })).ToArray();
        await Task.WhenAll(tasks);
        var all = latencies.SelectMany(l => l).Order().ToList();
        var rows = (double)all.Count * rowsPerCommit;
        Console.WriteLine(FormattableString.Invariant($"{rows / seconds:F0} {Percentile(all, 0.5):F1} {Percentile(all, 0.99):F1}"));
        return 0;
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
