namespace DigitalBorderGate.Api.Features.Shared;

/// <summary>Every list of the API: a page of items and the cursor of the next page (null on the last).</summary>
internal sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

internal static class PageLimit
{
    public const int Default = 50;
    public const int Max = 200;

    public static bool IsValid(int? limit) => limit is null or (>= 1 and <= Max);

    public static int Resolve(int? limit) => limit ?? Default;
}
