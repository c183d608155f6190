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
    public static async Task<ApiProcess> StartAsync(IReadOnlyDictionary<string, string> environment, string? workingDirectory = null)
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
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var api = new ApiProcess(process, $"http://127.0.0.1:{port}");
        await api.WaitUntilReadyAsync();
        return api;
    }

    public HttpClient ClientWithKey(DemoKey key)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseAddress) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key.Secret);
        return client;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = new Uri(BaseAddress), Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
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
        throw new InvalidOperationException($"The API process at {BaseAddress} did not become ready.");
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

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        process.Dispose();
    }
}
