namespace DigitalBorderGate.Domain.Tests.Reference;

public class OpeningHoursTests
{
    private static BorderGate ChiMa => SeedFiles.March.FindGate("CHI_MA")!;

    [Fact]
    public void Chi_ma_closes_at_eight_in_the_evening_in_both_data_sets()
    {
        Assert.Equal(new TimeOnly(20, 0), ChiMa.OpeningHours!.Closes);
        Assert.Equal(ChiMa.OpeningHours, SeedFiles.July.FindGate("CHI_MA")!.OpeningHours);
    }

    [Theory]
    [InlineData("2026-11-24T07:00:00+07:00")]
    [InlineData("2026-11-24T19:59:00+07:00")]
    [InlineData("2026-11-24T05:30:00Z")]
    public void An_arrival_within_the_hours_earns_no_warning(string arrival) =>
        Assert.Null(OpeningHoursCheck.Warning(ChiMa, DateTimeOffset.Parse(arrival, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-11-24T20:00:00+07:00", "20:00")]
    [InlineData("2026-11-24T21:30:00+07:00", "21:30")]
    [InlineData("2026-11-24T06:59:00+07:00", "06:59")]
    [InlineData("2026-11-24T14:00:00Z", "21:00")]
    public void An_arrival_outside_the_hours_earns_a_warning_in_vietnam_time(string arrival, string localTime)
    {
        var warning = OpeningHoursCheck.Warning(ChiMa, DateTimeOffset.Parse(arrival, System.Globalization.CultureInfo.InvariantCulture));

        Assert.NotNull(warning);
        Assert.Equal(("/expectedArrivalAt", ErrorCodes.ArrivalOutsideOpeningHours), (warning.Field, warning.Code));
        Assert.Equal($"Thời gian dự kiến đến ({localTime}) nằm ngoài giờ làm việc của cửa khẩu Chi Ma (từ 07:00 đến 20:00); phương tiện sẽ phải chờ đến giờ mở cửa.", warning.MessageVi);
        Assert.Contains("the border gate Chi Ma (07:00 to 20:00)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gate_without_known_hours_earns_no_warning() =>
        Assert.Null(OpeningHoursCheck.Warning(SeedFiles.March.FindGate("HUU_NGHI")!, DateTimeOffset.Parse("2026-11-24T23:30:00+07:00", System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(22, 0, true)]
    [InlineData(3, 0, true)]
    [InlineData(6, 0, false)]
    [InlineData(12, 0, false)]
    public void Hours_may_run_past_midnight(int hour, int minute, bool open) =>
        Assert.Equal(open, new OpeningHours(new TimeOnly(21, 0), new TimeOnly(5, 0)).Covers(new TimeOnly(hour, minute)));
}
