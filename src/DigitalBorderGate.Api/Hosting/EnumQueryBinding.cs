using DigitalBorderGate.Domain.Lifecycle;

namespace DigitalBorderGate.Api.Hosting;

/// <summary>
/// Enum values in routes and query strings are read as the names they travel as (status=atGate), never as numbers
/// (status=0 would otherwise mean "submitted"), just as JSON bodies read them.
/// </summary>
internal static class EnumQueryBinding
{
    public static void Configure(BindingOptions binding)
    {
        Add<DeclarationStatus>(binding);
        Add<RiskChannel>(binding);
        Add<Direction>(binding);
    }

    private static void Add<T>(BindingOptions binding) where T : struct, Enum
    {
        ParseResult Parse(Microsoft.Extensions.Primitives.StringValues values) =>
            EnumText.TryParseName<T>(values.ToString(), out var value) ? new ParseResult(true, value) : new ParseResult(false, null);

        binding.ValueParserFor<T>(Parse);
        binding.ValueParserFor<T?>(Parse);
    }
}
