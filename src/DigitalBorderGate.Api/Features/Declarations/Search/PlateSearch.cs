namespace DigitalBorderGate.Api.Features.Declarations.Search;

/// <summary>A plate typed into a search is normalised the way stored plates were, so "12C-123.45" finds 12C12345.</summary>
public static class PlateSearch
{
    private const char Guangxi = '桂';

    public static string Normalise(string plate)
    {
        var compact = new string(plate.Where(c => c is not ('-' or '.' or ' ')).ToArray()).ToUpperInvariant();
        return compact.Length > 0 && compact[0] == Guangxi ? compact[1..] : compact;
    }
}
