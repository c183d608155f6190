namespace DigitalBorderGate.Api.Hosting;

/// <summary>
/// Where the application finds appsettings*.json. ASP.NET Core looks in the working directory, so a start from
/// anywhere else would silently run without its settings; the build and publish output holds them beside the
/// application, which is used instead unless a content root was named or the working directory has its own.
/// </summary>
internal static class ContentRoot
{
    private const string Settings = "appsettings.json";

    /// <returns>The folder to use as content root, or null to keep ASP.NET Core's choice.</returns>
    public static string? Choose(string[] args)
    {
        var named = args.Any(arg => arg.TrimStart('-', '/').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase))
            || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is { Length: > 0 }
            || Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT") is { Length: > 0 };
        if (named || File.Exists(Path.Combine(Directory.GetCurrentDirectory(), Settings)))
        {
            return null;
        }
        return File.Exists(Path.Combine(AppContext.BaseDirectory, Settings)) ? AppContext.BaseDirectory : null;
    }
}
