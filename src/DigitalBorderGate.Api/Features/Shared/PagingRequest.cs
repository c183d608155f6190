namespace DigitalBorderGate.Api.Features.Shared;

public delegate bool CursorDecoder<TCursor>(string? text, out TCursor cursor);

/// <summary>Reads <c>limit</c> and <c>cursor</c> the same way for every list, answering a clear 400 when they are wrong.</summary>
public static class PagingRequest
{
    /// <returns>False when a problem was already sent.</returns>
    public static Task<(bool Ok, int Limit, KeysetCursor? After)> ReadAsync(HttpContext context, int? limit, string? cursor) =>
        ReadAsync<KeysetCursor>(context, limit, cursor, KeysetCursor.TryDecode);

    /// <returns>False when a problem was already sent.</returns>
    public static async Task<(bool Ok, int Limit, TCursor? After)> ReadAsync<TCursor>(HttpContext context, int? limit, string? cursor, CursorDecoder<TCursor> decode)
        where TCursor : struct
    {
        if (!PageLimit.IsValid(limit))
        {
            await Refusals.InvalidLimit(context);
            return (false, 0, null);
        }
        if (cursor is null)
        {
            return (true, PageLimit.Resolve(limit), null);
        }
        if (!decode(cursor, out var decoded))
        {
            await Refusals.InvalidCursor(context);
            return (false, 0, null);
        }
        return (true, PageLimit.Resolve(limit), decoded);
    }
}
