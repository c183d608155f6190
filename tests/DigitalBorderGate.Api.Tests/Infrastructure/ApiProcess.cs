using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;

namespace DigitalBorderGate.Api.Tests.Infrastructure;

/// <summary>The API as a separate operating-system process on a free loopback port, the way a second replica runs.</summary>
public sealed class ApiProcess : IDisposable
{
    private readonly Process process;

    private ApiProcess(Process process, string baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public string BaseAddress { get; }

    /// <param name="environment">Variables added to the process's environment.</param>
    /// <param name="workingDirectory">Where the process starts; the application's own folder unless a test says otherwise.</param>
    /// <param name="readyWithin">How long it may take to answer ready; a minute unless a test says otherwise.</param>
    /// <exception cref="InvalidOperationException">Not ready in time; the process is killed first, its id in <c>Data["ProcessId"]</c>.</exception>
    public static async Task<ApiProcess> StartAsync(IReadOnlyDictionary<string, string> environment, string? workingDirectory = null, TimeSpan? readyWithin = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "DigitalBorderGate.Api.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["BorderGate__DemoKeys__Enabled"] = "true";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        var process = Process.Start(start)!;
        var api = new ApiProcess(process, $"http://127.0.0.1:{port}");
        process.OutputDataReceived += (_, line) => api.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => api.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await api.WaitUntilReadyAsync(readyWithin ?? TimeSpan.FromMinutes(1));
        }
        catch (Exception exception)
        {
            // A child that never became ready must not outlive the test that started it.
            exception.Data["ProcessId"] = process.Id;
            api.Dispose();
            throw;
        }
        return api;
    }

    private const int KeptLines = 40;
    private readonly ConcurrentQueue<string> lastLines = new();

    /// <summary>The last lines the process wrote, to say why it did not start.</summary>
    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lastLines.Enqueue(line);
        while (lastLines.Count > KeptLines && lastLines.TryDequeue(out _))
        {
        }
    }

    public HttpClient ClientWithKey(DemoKey key)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseAddress) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key.Secret);
        return client;
    }

    private async Task WaitUntilReadyAsync(TimeSpan readyWithin)
    {
        using var client = new HttpClient { BaseAddress = new Uri(BaseAddress), Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + readyWithin;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or still too busy starting to answer in time.
            }
            catch (TaskCanceledException)
            {
                // Listening, but too slow to answer one probe on a busy machine: ask again until the deadline.
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"The API process at {BaseAddress} did not become ready"
            + (process.HasExited ? $" (it exited with code {process.ExitCode})" : "") + ". Its last lines:" + Environment.NewLine
            + string.Join(Environment.NewLine, lastLines));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Ends the process the way a crash does (SIGKILL): no shutdown code of its own runs.</summary>
    public void KillAbruptly()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
    }

    /// <summary>Kills the process and everything it started, whether or not it is still running, then lets it go.</summary>
    public void Dispose()
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // It had exited already.
        }
        process.Dispose();
    }
}
