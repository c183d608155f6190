namespace DigitalBorderGate.Api.Tests.Contract;

/// <summary>Where the checked-in contract lives: api-specs/ at the repository root.</summary>
public static class ContractFiles
{
    public static string Root { get; } = FindRoot();

    public static string OpenApiDocument => Path.Combine(Root, "api-specs", "openapi.json");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DigitalBorderGate.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (the folder of DigitalBorderGate.sln) was not found above " + AppContext.BaseDirectory);
    }
}
