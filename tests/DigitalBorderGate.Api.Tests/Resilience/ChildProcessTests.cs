using System.Diagnostics;

namespace DigitalBorderGate.Api.Tests.Resilience;

/// <summary>A child API that never becomes ready is killed by the helper that started it, not left running.</summary>
public sealed class ChildProcessTests : IDisposable
{
    private readonly string folder = BorderGateApp.NewFolder();

    public ChildProcessTests() => Directory.CreateDirectory(folder);

    [Fact]
    public async Task A_child_that_never_becomes_ready_is_killed_before_the_start_fails()
    {
        // A regular file where the database's folder should be: the API stays up, live but never ready.
        var blocker = Path.Combine(folder, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "");
        var failed = await Assert.ThrowsAsync<InvalidOperationException>(() => ApiProcess.StartAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__BorderGate"] = $"Data Source={Path.Combine(blocker, "bordergate.db")}",
            ["BorderGate__DataProtection__KeysFolder"] = Path.Combine(folder, "keys"),
        }, readyWithin: TimeSpan.FromSeconds(3)));

        var processId = Assert.IsType<int>(failed.Data["ProcessId"]);
        Assert.Contains("did not become ready", failed.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Process.GetProcessById(processId));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
