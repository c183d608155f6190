using System.Text.Json;
using DigitalBorderGate.Api.Data.ReferenceData;
using DigitalBorderGate.Api.Settings;
using Microsoft.Extensions.Options;

namespace DigitalBorderGate.Api.Hosting;

/// <summary>What runs before the first request: migrate, load reference data, and (in Development) the demo keys.</summary>
internal sealed class StartupTasks(
    Database database,
    ReferenceDataLoader referenceDataLoader,
    ReferenceDataCatalog catalog,
    Domain.Codes.CodeLists codeLists,
    ApiKeyStore keys,
    Notifications.WebhookSecrets webhookSecrets,
    KeyRingLocation keyRing,
    IOptions<BorderGateOptions> options,
    IHostEnvironment environment,
    ILogger<StartupTasks> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        database.Engine.ApplyMigrations(database.ConnectionString);
        await ProtectWebhookSecretsAsync(cancellationToken);
        await referenceDataLoader.LoadAsync(cancellationToken);
        await catalog.RefreshAsync(cancellationToken);
        // Resolving the code lists here makes a missing or broken file stop the start, not the first submission.
        logger.LogInformation("Code lists: {PlateProvinces} plate provinces, {IdentityProvinces} identity provinces, {Units} units of measure",
            codeLists.PlateProvinces.Codes.Count, codeLists.IdentityProvinces.Codes.Count, codeLists.UnitsOfMeasure.Codes.Count);
        if (environment.IsDevelopment() || options.Value.DemoKeys.Enabled)
        {
            await LoadDemoKeysAsync(cancellationToken);
        }
        await EnsureBootstrapAdminAsync(cancellationToken);
    }

    private async Task ProtectWebhookSecretsAsync(CancellationToken cancellationToken)
    {
        if (keyRing.Folder is null)
        {
            logger.LogWarning("BorderGate:DataProtection:KeysFolder is not set: webhook secrets are protected with a key ring of this machine's user profile, which other instances cannot read");
        }
        if (await webhookSecrets.ProtectLegacyAsync(database, cancellationToken) is > 0 and var protectedNow)
        {
            logger.LogInformation("Protected {Count} webhook signing secrets that were stored in plain text", protectedNow);
        }
    }

    private async Task EnsureBootstrapAdminAsync(CancellationToken cancellationToken)
    {
        if (options.Value.BootstrapAdminKey is not { } secret)
        {
            return;
        }
        if (secret.Length < MinBootstrapKeyLength)
        {
            throw new InvalidOperationException($"BorderGate:BootstrapAdminKey must be at least {MinBootstrapKeyLength} characters long.");
        }
        await keys.EnsureAsync(secret, PrincipalRole.Admin, [], "Bootstrap admin", "bootstrap", cancellationToken);
        logger.LogInformation("Bootstrap admin key ensured; revoke it once named admin keys are issued");
    }

    private const int MinBootstrapKeyLength = 32;

    private async Task LoadDemoKeysAsync(CancellationToken cancellationToken)
    {
        if (environment.IsProduction())
        {
            // Demo keys are public: they must never open a production install, whatever the configuration says.
            logger.LogWarning("Demo keys are switched on but the environment is Production; they were not loaded");
            return;
        }
        var file = Path.Combine(SeedsFolder.Resolve(options.Value.ReferenceData.SeedsPath, environment), "demo-api-keys.json");
        await using var stream = File.OpenRead(file);
        var demoKeys = await JsonSerializer.DeserializeAsync<DemoKey[]>(stream, ApiJson.Options, cancellationToken) ?? [];
        foreach (var demo in demoKeys)
        {
            var role = Roles.Parse(demo.Role) ?? throw new InvalidOperationException($"Demo key '{demo.Label}' has an unknown role '{demo.Role}'.");
            await keys.EnsureAsync(demo.Key, role, demo.Scope, demo.Label, "demo", cancellationToken);
        }
        logger.LogInformation("Loaded {Count} demo API keys", demoKeys.Length);
    }

    private sealed record DemoKey(string Key, string Role, IReadOnlyList<string> Scope, string Label);
}
