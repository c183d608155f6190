namespace DigitalBorderGate.Api.Features.Shared;

internal delegate bool CursorDecoder<TCursor>(string? text, out TCursor cursor);

/// <summary>A list request as read: how many items a page holds, and the position after which it starts.</summary>
internal readonly record struct PageRequest<TCursor>(int Limit, TCursor? After)
    where TCursor : struct
{
    /// <summary>How many rows to read: one more than the page holds, to learn whether another page follows.</summary>
    public int Take => Limit + 1;

    /// <summary>The page out of rows read with <see cref="Take"/>, and the cursor of the next page (null on the last).</summary>
    public (List<TRow> Rows, string? NextCursor) Cut<TRow>(IReadOnlyList<TRow> rows, Func<TRow, string> cursorOf)
    {
        var page = rows.Take(Limit).ToList();
        return (page, rows.Count > Limit ? cursorOf(page[^1]) : null);
    }
}

/// <summary>Reads <c>limit</c> and <c>cursor</c> the same way for every list; the endpoint answers the error, if any.</summary>
internal static class PagingRequest
{
    public static (PageRequest<KeysetCursor> Page, ProblemError? Error) Read(int? limit, string? cursor) =>
        Read<KeysetCursor>(limit, cursor, KeysetCursor.TryDecode);

    public static (PageRequest<TCursor> Page, ProblemError? Error) Read<TCursor>(int? limit, string? cursor, CursorDecoder<TCursor> decode)
        where TCursor : struct
    {
        if (!PageLimit.IsValid(limit))
        {
            return (default, Refusals.LimitOutOfRange(PageLimit.Max));
        }
        if (cursor is null)
        {
            return (new PageRequest<TCursor>(PageLimit.Resolve(limit), null), null);
        }
        return decode(cursor, out var decoded)
            ? (new PageRequest<TCursor>(PageLimit.Resolve(limit), decoded), null)
            : (default, Refusals.CursorInvalid);
    }
}
