using DigitalBorderGate.Api.Notifications;
using DigitalBorderGate.Api.Settings;
using Microsoft.AspNetCore.DataProtection;

namespace DigitalBorderGate.Api.Hosting;

/// <summary>Where the key ring that protects secrets at rest is kept; null when no folder is configured or implied.</summary>
internal sealed record KeyRingLocation(string? Folder);

internal static class DataProtectionSetup
{
    /// <summary>One name for every instance, wherever it is installed: the default would isolate each content root.</summary>
    public const string ApplicationName = "DigitalBorderGate";

    public static IServiceCollection AddSecretsAtRest(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, BorderGateOptions options)
    {
        var folder = options.DataProtection.KeysFolder is { Length: > 0 } configured
            ? Path.GetFullPath(configured, environment.ContentRootPath)
            : DatabaseSetup.LocalDatabaseFolder(configuration, environment, options) is { } databaseFolder ? Path.Combine(databaseFolder, "keys") : null;
        var dataProtection = services.AddDataProtection().SetApplicationName(ApplicationName);
        if (folder is not null)
        {
            try
            {
                OwnerOnlyFiles.CreateFolder(folder);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Left to the first secret protected, which reports what the folder lacks.
            }
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(folder));
        }
        services.AddSingleton(new KeyRingLocation(folder));
        services.AddSingleton<WebhookSecrets>();
        return services;
    }
}
