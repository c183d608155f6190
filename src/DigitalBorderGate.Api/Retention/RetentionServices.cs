namespace DigitalBorderGate.Api.Retention;

internal static class RetentionServices
{
    public static IServiceCollection AddRetention(this IServiceCollection services) => services
        .AddSingleton<RetentionSweep>()
        .AddHostedService<RetentionWorker>();
}
