namespace DigitalBorderGate.Api.Hosting;

/// <summary>
/// Query strings carry plates, tax codes and reference numbers, so no log may hold one at any level. ASP.NET Core's
/// hosting log writes every request's full URL ("Request starting …", "Request finished …") and HTTP logging can too;
/// those categories stay at Warning whatever the configuration asks, for every provider. The request line of
/// <see cref="Middleware.RequestLogging"/> (the path without its query) takes their place.
/// </summary>
internal static class QueryStringFreeLogging
{
    private static readonly string[] UrlLoggingCategories = ["Microsoft.AspNetCore.Hosting.Diagnostics", "Microsoft.AspNetCore.HttpLogging"];

    public static IServiceCollection KeepQueryStringsOutOfLogs(this IServiceCollection services) =>
        // After every other configuration: among equally specific rules the one added last wins.
        services.PostConfigure<LoggerFilterOptions>(options =>
        {
            var providers = options.Rules.Select(rule => rule.ProviderName).Append(null).Distinct().ToList();
            foreach (var provider in providers)
            {
                foreach (var category in UrlLoggingCategories)
                {
                    options.Rules.Add(new LoggerFilterRule(provider, category, LogLevel.Warning, null));
                }
            }
        });
}
