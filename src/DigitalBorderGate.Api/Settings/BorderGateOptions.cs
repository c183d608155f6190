namespace DigitalBorderGate.Api.Settings;

/// <summary>The <c>BorderGate</c> configuration section.</summary>
internal sealed class BorderGateOptions
{
    public const string Section = "BorderGate";

    public DatabaseOptions Database { get; set; } = new();

    public ReferenceDataOptions ReferenceData { get; set; } = new();

    public DemoKeyOptions DemoKeys { get; set; } = new();

    public DeclarationOptions Declarations { get; set; } = new();

    public RateLimitOptions RateLimit { get; set; } = new();

    public WebhookOptions Webhooks { get; set; } = new();

    public RetentionOptions Retention { get; set; } = new();

    public MetricsOptions Metrics { get; set; } = new();

    public DataProtectionOptions DataProtection { get; set; } = new();

    /// <summary>Origins allowed to call the API from a browser; none (CORS closed) unless configured.</summary>
    public string[] CorsAllowedOrigins { get; set; } = [];

    /// <summary>
    /// The secret of an admin key to create at start-up, for the first login of a fresh install. Set it from the
    /// environment or a secret store (BorderGate__BootstrapAdminKey), never in a file in the repository.
    /// </summary>
    public string? BootstrapAdminKey { get; set; }
}

internal sealed class RateLimitOptions
{
    /// <summary>Sustained requests per second for one API key.</summary>
    public double PermitsPerSecond { get; set; } = 20;

    /// <summary>How many requests one key may send at once before the sustained rate applies.</summary>
    public int Burst { get; set; } = 40;

    /// <summary>The same for requests without a valid key, counted per client address.</summary>
    public double AnonymousPermitsPerSecond { get; set; } = 5;

    public int AnonymousBurst { get; set; } = 10;
}

internal sealed class DatabaseOptions
{
    /// <summary><c>Sqlite</c> (the embedded default).</summary>
    public string Provider { get; set; } = "Sqlite";
}

internal sealed class ReferenceDataOptions
{
    /// <summary>The folder of seeds/ that holds the reference data; relative paths start at the application folder.</summary>
    public string SeedsPath { get; set; } = "seeds";

    /// <summary>Which structure of the branch to load: a folder name under seeds/reference/.</summary>
    public string DataSet { get; set; } = "region-vi-2025-03-15";
}

internal sealed class DemoKeyOptions
{
    /// <summary>Load seeds/demo-api-keys.json. Off unless switched on; always on in Development.</summary>
    public bool Enabled { get; set; }
}

internal sealed class DeclarationOptions
{
    /// <summary>How far ahead of arrival a truck may be declared.</summary>
    public int MaxDaysAhead { get; set; } = 30;

    /// <summary>How long a first response is kept for replay to retries with the same Idempotency-Key.</summary>
    public int IdempotencyRetentionHours { get; set; } = 24;

    /// <summary>
    /// How many declarations to keep rendered in memory for reads (about 6 KB each); 0 renders every read afresh.
    /// </summary>
    public int RenderedCacheEntries { get; set; } = 2048;
}

internal sealed class WebhookOptions
{
    /// <summary>Accept plain-http callbacks to loopback addresses (for development); never honoured in Production.</summary>
    public bool AllowLoopback { get; set; }

    /// <summary>Allow callbacks into private networks (10/8, 172.16/12, 192.168/16, …), e.g. a receiver inside the customs network.</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Run the dispatcher in this instance.</summary>
    public bool DispatcherEnabled { get; set; } = true;

    public int PollIntervalMilliseconds { get; set; } = 1000;

    public int BatchSize { get; set; } = 20;

    /// <summary>How long a failing delivery is retried before it is marked failed.</summary>
    public int RetryHours { get; set; } = 24;

    public int MaxSubscriptionsPerKey { get; set; } = 10;
}

internal sealed class MetricsOptions
{
    /// <summary>Collect metrics and traces with OpenTelemetry; off, the instruments cost nothing and nothing is served.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where Prometheus scrapes the metrics; answered only to a caller that presents the scrape token.</summary>
    public string ScrapePath { get; set; } = "/metrics";

    /// <summary>
    /// The bearer token a scraper sends (<c>Authorization: Bearer …</c>); without one the scrape path is not served.
    /// Set it from the environment or a secret store (BorderGate__Metrics__ScrapeToken), never in a file in the repository.
    /// </summary>
    public string? ScrapeToken { get; set; }

    /// <summary>How long the open queue depth read for a scrape is reused; scrapes in between cost no database read.</summary>
    public int QueueDepthCacheSeconds { get; set; } = 10;
}

internal sealed class DataProtectionOptions
{
    /// <summary>
    /// Where the Data Protection key ring (which protects webhook signing secrets) is kept; every instance on one
    /// database must read the same folder. Unset: a <c>keys</c> folder beside an SQLite database file; for SQL Server
    /// set it to a folder every instance shares. Relative paths start at the application folder.
    /// </summary>
    public string? KeysFolder { get; set; }
}
