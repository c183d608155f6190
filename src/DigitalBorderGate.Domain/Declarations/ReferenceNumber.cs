using System.Globalization;

namespace DigitalBorderGate.Domain.Declarations;

/// <summary>
/// A declaration's reference number: 13 digits, the submission date in Vietnam (yyMMdd) followed by a 7-digit
/// sequence number within that day (0000001–9999999), e.g. 2611240000042. Numbers issued earlier as yyyyMMdd and a
/// 5-digit sequence (2026112400042) stay valid; they begin with "20", which a current number never does, because
/// its year would be 2020, before either form was issued.
/// </summary>
public static class ReferenceNumber
{
    public const int Length = 13;
    public const int MinSequence = 1;
    public const int MaxSequence = 9_999_999;

    /// <summary>The daily count at which operators are warned that the day's numbers are running out.</summary>
    public const int WarningSequence = 8_000_000;

    /// <summary>The first and last years a current number can carry (yy 21–99).</summary>
    public const int FirstYear = 2021;
    public const int LastYear = 2099;

    private const string LegacyPrefix = "20";
    private const int LegacyMaxSequence = 99_999;

    /// <exception cref="ArgumentOutOfRangeException">The sequence is outside 1..9999999 or the year outside 2021..2099.</exception>
    public static string Format(DateOnly vietnamDate, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, MinSequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);
        ArgumentOutOfRangeException.ThrowIfLessThan(vietnamDate.Year, FirstYear, nameof(vietnamDate));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(vietnamDate.Year, LastYear, nameof(vietnamDate));
        return string.Create(CultureInfo.InvariantCulture, $"{vietnamDate:yyMMdd}{sequence:D7}");
    }

    public static bool TryParse(string? text, out DateOnly date, out int sequence)
    {
        date = default;
        sequence = 0;
        if (text is null || text.Length != Length || !text.All(char.IsAsciiDigit))
        {
            return false;
        }
        var legacy = text.StartsWith(LegacyPrefix, StringComparison.Ordinal);
        var dateDigits = legacy ? 8 : 6;
        var parsedDate = legacy
            ? DateOnly.TryParseExact(text.AsSpan(0, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null
            : ParseShortDate(text.AsSpan(0, 6));
        var parsedSequence = int.Parse(text.AsSpan(dateDigits), NumberStyles.None, CultureInfo.InvariantCulture);
        if (parsedDate is null || parsedSequence < MinSequence || parsedSequence > (legacy ? LegacyMaxSequence : MaxSequence))
        {
            return false;
        }
        (date, sequence) = (parsedDate.Value, parsedSequence);
        return true;
    }

    // yy is read as 20yy explicitly: .NET's two-digit-year window would put 50–99 in the 1900s.
    private static DateOnly? ParseShortDate(ReadOnlySpan<char> yyMMdd)
    {
        var year = 2000 + int.Parse(yyMMdd[..2], NumberStyles.None, CultureInfo.InvariantCulture);
        var month = int.Parse(yyMMdd[2..4], NumberStyles.None, CultureInfo.InvariantCulture);
        var day = int.Parse(yyMMdd[4..], NumberStyles.None, CultureInfo.InvariantCulture);
        return year >= FirstYear && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }
}
