using CsCheck;
using DigitalBorderGate.Domain.Statistics;

namespace DigitalBorderGate.Domain.Tests.Statistics;

public class PercentileTests
{
    [Theory]
    [InlineData(0.0, 10.0)]
    [InlineData(1.0, 100.0)]
    [InlineData(0.5, 30.0)]
    // h = 4 · 0.9 = 3.6 → 40 + 0.6 · (100 − 40) = 76
    [InlineData(0.9, 76.0)]
    // h = 4 · 0.1 = 0.4 → 10 + 0.4 · (20 − 10) = 14
    [InlineData(0.1, 14.0)]
    public void Interpolates_linearly_between_closest_ranks(double p, double expected)
    {
        Assert.Equal(expected, Percentile.Of([10, 20, 30, 40, 100], p), precision: 9);
    }

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two()
    {
        Assert.Equal(25.0, Percentile.Of([10, 20, 30, 40], 0.5), precision: 9);
    }

    [Fact]
    public void A_quarter_of_one_to_four_matches_excel_and_numpy()
    {
        // h = 3 · 0.25 = 0.75 → 1 + 0.75 · (2 − 1) = 1.75
        Assert.Equal(1.75, Percentile.Of([1, 2, 3, 4], 0.25), precision: 9);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.37)]
    [InlineData(1.0)]
    public void One_sample_is_every_percentile(double p)
    {
        Assert.Equal(42.5, Percentile.Of([42.5], p));
    }

    [Fact]
    public void An_empty_list_is_refused()
    {
        var exception = Assert.Throws<ArgumentException>(() => Percentile.Of([], 0.5));

        Assert.Equal("sorted", exception.ParamName);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_percentile_outside_zero_to_one_is_refused(double p)
    {
        var exception = Assert.Throws<ArgumentException>(() => Percentile.Of([1, 2, 3], p));

        Assert.Equal("p", exception.ParamName);
    }

    private static readonly Gen<double> Fraction = Gen.OneOf(Gen.Const(0.0), Gen.Const(1.0), Gen.Double[0, 1]);

    private static readonly Gen<double[]> SortedSamples =
        Gen.Double[-100_000, 100_000].Array[1, 60].Select(samples => samples.Order().ToArray());

    [Fact]
    public void Lies_between_the_smallest_and_largest_sample_and_never_falls_as_p_grows()
    {
        Gen.Select(SortedSamples, Fraction, Fraction).Sample((sorted, p1, p2) =>
        {
            var lower = Percentile.Of(sorted, Math.Min(p1, p2));
            var higher = Percentile.Of(sorted, Math.Max(p1, p2));

            Assert.InRange(lower, sorted[0], sorted[^1]);
            Assert.InRange(higher, sorted[0], sorted[^1]);
            Assert.True(lower <= higher, $"P({Math.Min(p1, p2)}) = {lower} > P({Math.Max(p1, p2)}) = {higher}");
        }, iter: 5000);
    }
}
