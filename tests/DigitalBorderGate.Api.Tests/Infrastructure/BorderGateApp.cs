using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace DigitalBorderGate.Api.Tests.Infrastructure;

/// <summary>
/// The API in-process on a real SQLite file of its own (in a temporary folder), with demo keys loaded and a clock
/// the test controls. Each instance is a fresh install.
/// </summary>
public sealed class BorderGateApp : WebApplicationFactory<Program>
{
    /// <summary>10:00 in Vietnam on 23 November 2026.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 23, 3, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string?> settings;
    private readonly bool ownsFolder;

    public BorderGateApp()
        : this(null, null)
    {
    }

    internal BorderGateApp(string? dataSet, string? folder = null, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        ownsFolder = folder is null;
        Folder = folder ?? NewFolder();
        Directory.CreateDirectory(Folder);
        settings = new()
        {
            ["ConnectionStrings:BorderGate"] = $"Data Source={Path.Combine(Folder, "bordergate.db")}",
            ["BorderGate:DemoKeys:Enabled"] = "true",
        };
        if (dataSet is not null)
        {
            settings["BorderGate:ReferenceData:DataSet"] = dataSet;
        }
        // The fake clock only moves when a test moves it, so buckets would never refill: tests that are not about
        // rate limits get limits they cannot reach.
        settings["BorderGate:RateLimit:Burst"] = "1000000";
        settings["BorderGate:RateLimit:AnonymousBurst"] = "1000000";
        // Tests run dispatch passes themselves (DispatchOnceAsync) against receivers on loopback.
        settings["BorderGate:Webhooks:DispatcherEnabled"] = "false";
        settings["BorderGate:Webhooks:AllowLoopback"] = "true";
        // Tests run retention sweeps themselves (RetentionSweep), so that none runs while a test moves the clock.
        settings["BorderGate:Retention:Enabled"] = "false";
        // A metrics pipeline listens to every meter of its name in the process, so tests running side by side would
        // read each other's gauges: only the metrics tests switch it on, and they run alone.
        settings["BorderGate:Metrics:Enabled"] = "false";
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
    }

    /// <summary>Where the database file lives; deleted on dispose unless it was handed in (to restart on the same data).</summary>
    public string Folder { get; }

    public static string NewFolder() => Path.Combine(Path.GetTempPath(), "bordergate-tests", Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Clock { get; } = new(DefaultNow);

    /// <summary>Everything the application logged.</summary>
    public CapturedLogs Logs { get; } = new();

    public static BorderGateApp With(IReadOnlyDictionary<string, string?> overrides) => new(null, null, overrides);

    /// <summary>The connection string the application is given.</summary>
    public string ConnectionString => settings["ConnectionStrings:BorderGate"]!;

    /// <summary>Service replacements of one test, applied after the application's own registrations.</summary>
    public Action<IServiceCollection>? ExtraServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            ExtraServices?.Invoke(services);
        });
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    public HttpClient ClientWithKey(string? apiKey, string? language = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }
        return client;
    }

    public HttpClient As(DemoKey key) => ClientWithKey(key.Secret);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsFolder)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A folder still held by a closing connection is left to the OS's temp clean-up.
            }
        }
    }
}
