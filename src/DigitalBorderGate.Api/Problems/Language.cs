namespace DigitalBorderGate.Api.Problems;

internal static class Language
{
    /// <summary>True when the caller's most preferred language in Accept-Language is Vietnamese.</summary>
    public static bool PrefersVietnamese(this HttpContext context)
    {
        var preferred = context.Request.GetTypedHeaders().AcceptLanguage
            .Where(language => language.Quality is null or > 0)
            .OrderByDescending(language => language.Quality ?? 1)
            .FirstOrDefault();
        return preferred?.Value.Value?.StartsWith("vi", StringComparison.OrdinalIgnoreCase) == true;
    }

    public static string Pick(this HttpContext context, string english, string vietnamese) =>
        context.PrefersVietnamese() ? vietnamese : english;
}
