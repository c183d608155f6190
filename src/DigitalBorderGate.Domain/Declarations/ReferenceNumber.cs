using System.Globalization;

namespace DigitalBorderGate.Domain.Declarations;

/// <summary>
/// A declaration's reference number: 13 digits, the submission date in Vietnam (yyyyMMdd) followed by a 5-digit
/// sequence number within that day (00001–99999), e.g. 2026112400042.
/// </summary>
public static class ReferenceNumber
{
    public const int Length = 13;
    public const int MinSequence = 1;
    public const int MaxSequence = 99_999;

    private const string DateFormat = "yyyyMMdd";

    /// <exception cref="ArgumentOutOfRangeException">The sequence is outside 1..99999.</exception>
    public static string Format(DateOnly vietnamDate, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, MinSequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);
        return string.Create(CultureInfo.InvariantCulture, $"{vietnamDate:yyyyMMdd}{sequence:D5}");
    }

    public static bool TryParse(string? text, out DateOnly date, out int sequence)
    {
        date = default;
        sequence = 0;
        if (text is null || text.Length != Length || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        if (!DateOnly.TryParseExact(text.AsSpan(0, 8), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsedDate))
        {
            return false;
        }

        var parsedSequence = int.Parse(text.AsSpan(8), NumberStyles.None, CultureInfo.InvariantCulture);
        if (parsedSequence < MinSequence)
        {
            return false;
        }

        (date, sequence) = (parsedDate, parsedSequence);
        return true;
    }
}
