using Microsoft.Net.Http.Headers;

namespace DigitalBorderGate.Api.Features.Declarations.Pass;

/// <summary>Which picture the client asked for: the better-rated of PNG and SVG in Accept; PNG when it asks for anything.</summary>
internal static class PassFormat
{
    private static readonly string[] Offered = [Endpoint.Png, Endpoint.Svg];

    public static string? Choose(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().Accept;
        if (accepted.Count == 0)
        {
            return Endpoint.Png;
        }
        return Offered
            .Select(format => (Format: format, Quality: accepted
                .Where(range => new MediaTypeHeaderValue(format).IsSubsetOf(range))
                .Select(range => range.Quality ?? 1.0)
                .DefaultIfEmpty(0).Max()))
            .Where(choice => choice.Quality > 0)
            .OrderByDescending(choice => choice.Quality)
            .Select(choice => choice.Format)
            .FirstOrDefault();
    }
}
