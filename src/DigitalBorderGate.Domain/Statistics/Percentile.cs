namespace DigitalBorderGate.Domain.Statistics;

public static class Percentile
{
    /// <summary>
    /// The p-th percentile (p in [0, 1]) of samples sorted ascending, by linear interpolation between
    /// closest ranks (as Excel PERCENTILE.INC and numpy's default): h = (n − 1)·p,
    /// result = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]).
    /// </summary>
    /// <exception cref="ArgumentException">The list is empty, or p is outside [0, 1] or NaN.</exception>
    public static double Of(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            throw new ArgumentException("At least one sample is needed.", nameof(sorted));
        }

        if (!(p is >= 0 and <= 1))
        {
            throw new ArgumentException($"The percentile must be between 0 and 1, got {p}.", nameof(p));
        }

        var rank = (sorted.Count - 1) * p;
        var lowerIndex = (int)Math.Floor(rank);
        if (lowerIndex >= sorted.Count - 1)
        {
            return sorted[^1];
        }

        var lower = sorted[lowerIndex];
        return lower + ((rank - lowerIndex) * (sorted[lowerIndex + 1] - lower));
    }
}
