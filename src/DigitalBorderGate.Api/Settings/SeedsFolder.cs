namespace DigitalBorderGate.Api.Settings;

internal static class SeedsFolder
{
    /// <summary>
    /// seeds/ is copied next to the application on build and publish; a relative path is looked up there first
    /// and then in the content root, so the same setting works from `dotnet run`, tests and the container.
    /// </summary>
    public static string Resolve(string configured, IHostEnvironment environment)
    {
        if (Path.IsPathRooted(configured))
        {
            return configured;
        }
        var besideApplication = Path.Combine(AppContext.BaseDirectory, configured);
        return Directory.Exists(besideApplication) ? besideApplication : Path.Combine(environment.ContentRootPath, configured);
    }
}
