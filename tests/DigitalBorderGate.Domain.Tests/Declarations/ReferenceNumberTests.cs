using CsCheck;
using DigitalBorderGate.Domain.Declarations;

namespace DigitalBorderGate.Domain.Tests.Declarations;

public class ReferenceNumberTests
{
    private static readonly Gen<DateOnly> Dates = Gen.Int[DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber].Select(DateOnly.FromDayNumber);

    [Theory]
    [InlineData(2026, 11, 24, 42, "2026112400042")]
    [InlineData(2026, 1, 5, 1, "2026010500001")]
    [InlineData(2025, 12, 31, 99_999, "2025123199999")]
    public void Format_writes_the_Vietnam_date_then_a_five_digit_sequence(int year, int month, int day, int sequence, string expected)
    {
        Assert.Equal(expected, ReferenceNumber.Format(new DateOnly(year, month, day), sequence));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100_000)]
    [InlineData(int.MaxValue)]
    public void Format_rejects_a_sequence_outside_1_to_99999(int sequence)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReferenceNumber.Format(new DateOnly(2026, 11, 24), sequence));
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
        Assert.True(ReferenceNumber.TryParse("2026112400042", out var date, out var sequence));
        Assert.Equal(new DateOnly(2026, 11, 24), date);
        Assert.Equal(42, sequence);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("202611240004")]
    [InlineData("20261124000420")]
    [InlineData("2026112400000")]
    [InlineData("2026023000001")]
    [InlineData("2026130100001")]
    [InlineData("2026112A00042")]
    [InlineData(" 026112400042")]
    [InlineData("-026112400042")]
    [InlineData("２０２６１１２４０００４２")]
    public void Parse_rejects_anything_else(string? text)
    {
        Assert.False(ReferenceNumber.TryParse(text, out var date, out var sequence));
        Assert.Equal((default(DateOnly), 0), (date, sequence));
    }
}
