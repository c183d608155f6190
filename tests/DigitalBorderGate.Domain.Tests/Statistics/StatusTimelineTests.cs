using DigitalBorderGate.Domain.Statistics;

namespace DigitalBorderGate.Domain.Tests.Statistics;

public class StatusTimelineTests
{
    private static readonly Guid Id = Guid.Parse("6f1c2f0e-8d3a-4b7e-9a51-2c4d5e6f7a8b");
    private static readonly DateTimeOffset Day = new(2026, 3, 2, 0, 0, 0, TimeSpan.FromHours(7));

    private static DateTimeOffset At(int hour, int minute) => Day.AddHours(hour).AddMinutes(minute);

    [Fact]
    public void Keeps_the_first_time_each_status_was_reached_through_a_hold_and_release()
    {
        (DateTimeOffset, DeclarationStatus)[] history =
        [
            (At(7, 0), DeclarationStatus.Submitted),
            (At(8, 0), DeclarationStatus.AtGate),
            (At(8, 20), DeclarationStatus.Held),
            (At(9, 5), DeclarationStatus.AtGate),
            (At(9, 30), DeclarationStatus.InYard),
            (At(10, 0), DeclarationStatus.UnderInspection),
            (At(11, 0), DeclarationStatus.Cleared),
            (At(11, 45), DeclarationStatus.Exited),
        ];

        var timeline = StatusTimeline.FromHistory(Id, "HUU_NGHI", history);

        Assert.Equal(new StatusTimeline(Id, "HUU_NGHI", At(7, 0), At(8, 0), At(9, 30), At(11, 0), At(11, 45)), timeline);
    }

    [Fact]
    public void The_order_of_the_history_does_not_matter()
    {
        (DateTimeOffset, DeclarationStatus)[] history =
        [
            (At(9, 5), DeclarationStatus.AtGate),
            (At(11, 45), DeclarationStatus.Exited),
            (At(7, 30), DeclarationStatus.Submitted),
            (At(11, 0), DeclarationStatus.Cleared),
            (At(8, 0), DeclarationStatus.AtGate),
            (At(7, 0), DeclarationStatus.Submitted),
            (At(9, 30), DeclarationStatus.InYard),
        ];

        var timeline = StatusTimeline.FromHistory(Id, "HUU_NGHI", history);

        Assert.Equal(new StatusTimeline(Id, "HUU_NGHI", At(7, 0), At(8, 0), At(9, 30), At(11, 0), At(11, 45)), timeline);
    }

    [Fact]
    public void Statuses_not_reached_stay_empty_and_side_statuses_fill_nothing()
    {
        (DateTimeOffset, DeclarationStatus)[] history =
        [
            (At(7, 0), DeclarationStatus.Submitted),
            (At(7, 40), DeclarationStatus.Held),
            (At(8, 0), DeclarationStatus.AtGate),
            (At(8, 30), DeclarationStatus.Rejected),
            (At(8, 35), DeclarationStatus.TurnedBack),
        ];

        var timeline = StatusTimeline.FromHistory(Id, "TAN_THANH", history);

        Assert.Equal(new StatusTimeline(Id, "TAN_THANH", At(7, 0), At(8, 0), null, null, null), timeline);
    }

    [Fact]
    public void A_history_without_a_submitted_entry_is_refused()
    {
        (DateTimeOffset, DeclarationStatus)[] history = [(At(8, 0), DeclarationStatus.AtGate)];

        var exception = Assert.Throws<ArgumentException>(() => StatusTimeline.FromHistory(Id, "HUU_NGHI", history));

        Assert.Equal("history", exception.ParamName);
    }
}
