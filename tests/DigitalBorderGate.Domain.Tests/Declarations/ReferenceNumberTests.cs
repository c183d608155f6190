using CsCheck;

namespace DigitalBorderGate.Domain.Tests.Declarations;

public class ReferenceNumberTests
{
    private static readonly Gen<DateOnly> Dates = Gen.Int[new DateOnly(ReferenceNumber.FirstYear, 1, 1).DayNumber, new DateOnly(ReferenceNumber.LastYear, 12, 31).DayNumber]
        .Select(DateOnly.FromDayNumber);

    [Theory]
    [InlineData(2026, 11, 24, 42, "2611240000042")]
    [InlineData(2026, 1, 5, 1, "2601050000001")]
    [InlineData(2025, 12, 31, 9_999_999, "2512319999999")]
    [InlineData(2099, 12, 31, 100_000, "9912310100000")]
    public void Format_writes_the_Vietnam_date_as_yyMMdd_then_a_seven_digit_sequence(int year, int month, int day, int sequence, string expected)
    {
        Assert.Equal(expected, ReferenceNumber.Format(new DateOnly(year, month, day), sequence));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10_000_000)]
    [InlineData(int.MaxValue)]
    public void Format_rejects_a_sequence_outside_1_to_9999999(int sequence)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReferenceNumber.Format(new DateOnly(2026, 11, 24), sequence));
    }

    [Theory]
    [InlineData(2020)]
    [InlineData(2100)]
    public void Format_rejects_a_year_whose_number_could_be_read_as_the_earlier_form_or_wraps(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReferenceNumber.Format(new DateOnly(year, 6, 1), 1));
    }

    [Fact]
    public void Parse_reads_back_what_format_wrote()
    {
        Gen.Select(Dates, Gen.Int[ReferenceNumber.MinSequence, ReferenceNumber.MaxSequence]).Sample((date, sequence) =>
        {
            var text = ReferenceNumber.Format(date, sequence);

            Assert.Equal(ReferenceNumber.Length, text.Length);
            Assert.True(ReferenceNumber.TryParse(text, out var parsedDate, out var parsedSequence), text);
            Assert.Equal((date, sequence), (parsedDate, parsedSequence));
        });
    }

    [Fact]
    public void Parse_reads_the_date_and_sequence()
    {
        Assert.True(ReferenceNumber.TryParse("2611240100042", out var date, out var sequence));
        Assert.Equal(new DateOnly(2026, 11, 24), date);
        Assert.Equal(100_042, sequence);
    }

    [Theory]
    [InlineData("2026112400042", 2026, 11, 24, 42)]
    [InlineData("2025123199999", 2025, 12, 31, 99_999)]
    public void Numbers_issued_in_the_earlier_form_stay_valid(string text, int year, int month, int day, int expectedSequence)
    {
        Assert.True(ReferenceNumber.TryParse(text, out var date, out var sequence));
        Assert.Equal((new DateOnly(year, month, day), expectedSequence), (date, sequence));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("261124000004")]
    [InlineData("26112400000420")]
    [InlineData("2611240000000")]
    [InlineData("2602300000001")]
    [InlineData("2613010000001")]
    [InlineData("2611000000001")]
    [InlineData("1911240000001")]
    [InlineData("2026112400000")]
    [InlineData("2026023000001")]
    [InlineData("2026130100001")]
    [InlineData("2611A40000042")]
    [InlineData(" 611240000042")]
    [InlineData("-611240000042")]
    [InlineData("２６１１２４００００００４２")]
    public void Parse_rejects_anything_else(string? text)
    {
        Assert.False(ReferenceNumber.TryParse(text, out var date, out var sequence));
        Assert.Equal((default(DateOnly), 0), (date, sequence));
    }
}
