using DigitalBorderGate.Api.Settings;
using DigitalBorderGate.Domain.Codes;
using Microsoft.Extensions.Options;

namespace DigitalBorderGate.Api.Data.ReferenceData;

/// <summary>Reads the national code lists (plate provinces, identity provinces, units of measure) from seeds/codes/.</summary>
internal static class CodeListFiles
{
    public static CodeLists Load(IOptions<BorderGateOptions> options, IHostEnvironment environment)
    {
        var folder = Path.Combine(SeedsFolder.Resolve(options.Value.ReferenceData.SeedsPath, environment), "codes");
        return CodeLists.Read(file => File.ReadAllText(Path.Combine(folder, file)));
    }
}
