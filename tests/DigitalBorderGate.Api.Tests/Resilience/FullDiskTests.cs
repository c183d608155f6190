using DigitalBorderGate.Api.Hosting;
using Microsoft.Data.Sqlite;

namespace DigitalBorderGate.Api.Tests.Resilience;

/// <summary>The full-disk drill: the database's disk fills up under the running API, then space comes back.</summary>
public sealed class FullDiskTests
{
    [SmallDiskFact]
    public async Task A_full_disk_makes_readiness_503_refuses_writes_quietly_and_everything_recovers_by_itself()
    {
        using var disk = SmallDisk.Mount(megabytes: 24);
        var outcomes = new List<HttpStatusCode>();
        using (var app = new BorderGateApp(null, disk.Folder))
        {
            var declarant = app.As(DemoKey.DeclarantA);
            var anonymous = app.ClientWithKey(null);
            await declarant.SubmitAsync(Bodies.ValidSubmission());
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/ready")).StatusCode);

            // An empty write-ahead log: every commit needs new space.
            Checkpoint(app.ConnectionString, "TRUNCATE");
            disk.Fill();
            for (var i = 0; i < 10; i++)
            {
                outcomes.Add((await declarant.PostSubmissionAsync(Bodies.ValidSubmission())).StatusCode);
            }
            app.Clock.Advance(DatabaseWriteProbe.CacheFor);
            var readyWhileFull = (await anonymous.GetAsync("/health/ready")).StatusCode;
            var liveWhileFull = (await anonymous.GetAsync("/health/live")).StatusCode;

            disk.Free();
            app.Clock.Advance(DatabaseWriteProbe.CacheFor);
            var readyAfter = (await anonymous.GetAsync("/health/ready")).StatusCode;
            var submittedAfter = (await declarant.PostSubmissionAsync(Bodies.ValidSubmission())).StatusCode;

            Assert.All(outcomes, status => Assert.Equal(HttpStatusCode.ServiceUnavailable, status));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, readyWhileFull);
            Assert.Equal(HttpStatusCode.OK, liveWhileFull);
            Assert.Equal(HttpStatusCode.OK, readyAfter);
            Assert.Equal(HttpStatusCode.Created, submittedAfter);

            // One warning when it began, one line with the counts when it ended, and no stack trace in between.
            var logs = app.Logs.Lines.ToList();
            Assert.Single(logs, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("not answering", StringComparison.Ordinal));
            var ended = Assert.Single(logs, line => line.StartsWith("Information", StringComparison.Ordinal) && line.Contains("answers again", StringComparison.Ordinal));
            Assert.Contains("10 requests were answered 503", ended, StringComparison.Ordinal);
            Assert.DoesNotContain(logs, line => line.StartsWith("Error", StringComparison.Ordinal) || line.StartsWith("Critical", StringComparison.Ordinal));
            Assert.DoesNotContain(logs, line => line.Contains("   at ", StringComparison.Ordinal));
        }
    }

    [SmallDiskFact]
    public async Task A_full_disk_makes_readiness_503_even_while_the_log_still_has_room_to_reuse()
    {
        using var disk = SmallDisk.Mount(megabytes: 24);
        using var app = new BorderGateApp(null, disk.Folder);
        var declarant = app.As(DemoKey.DeclarantA);
        var anonymous = app.ClientWithKey(null);
        for (var i = 0; i < 5; i++)
        {
            await declarant.SubmitAsync(Bodies.ValidSubmission());
        }

        // The write-ahead log keeps its size after a restarting checkpoint: the next commits reuse it, so a small
        // write still commits on a full disk. The disk is full all the same, and readiness says so.
        Checkpoint(app.ConnectionString, "RESTART");
        disk.Fill();
        var accepted = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var response = await declarant.PostSubmissionAsync(Bodies.ValidSubmission());
            Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.ServiceUnavailable });
            if (response.StatusCode == HttpStatusCode.Created)
            {
                accepted.Add(response.Headers.Location!.OriginalString);
            }
        }
        app.Clock.Advance(DatabaseWriteProbe.CacheFor);
        var readyWhileFull = (await anonymous.GetAsync("/health/ready")).StatusCode;

        disk.Free();
        app.Clock.Advance(DatabaseWriteProbe.CacheFor);
        var readyAfter = (await anonymous.GetAsync("/health/ready")).StatusCode;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyWhileFull);
        Assert.Equal(HttpStatusCode.OK, readyAfter);
        foreach (var location in accepted)
        {
            Assert.Equal(HttpStatusCode.OK, (await declarant.GetAsync(location)).StatusCode);
        }
    }

    private static void Checkpoint(string connectionString, string mode)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode});";
        command.ExecuteNonQuery();
    }
}
