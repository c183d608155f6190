using DigitalBorderGate.Domain.Statistics;

namespace DigitalBorderGate.Domain.Tests.Statistics;

public class DwellTimeCalculatorTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    // The week of Monday 2 March 2026, Vietnam time: [from, to).
    private static readonly DateTimeOffset From = new(2026, 3, 2, 0, 0, 0, Vietnam);
    private static readonly DateTimeOffset To = new(2026, 3, 9, 0, 0, 0, Vietnam);

    /// <summary>A truck submitted at the given time that then spends the given minutes in each stage in turn; null: it got no further.</summary>
    private static StatusTimeline Truck(string gate, DateTimeOffset submittedAt, params double?[] minutesPerStage)
    {
        var reached = new DateTimeOffset?[4];
        var at = submittedAt;
        for (var i = 0; i < minutesPerStage.Length && minutesPerStage[i] is { } minutes; i++)
        {
            at = at.AddMinutes(minutes);
            reached[i] = at;
        }

        return new StatusTimeline(Guid.NewGuid(), gate, submittedAt, reached[0], reached[1], reached[2], reached[3]);
    }

    private static StageDwellTime Stage(IReadOnlyList<GateDwellTimes> result, string gate, DwellStage stage) =>
        Assert.Single(Assert.Single(result, g => g.GateCode == gate).Stages, s => s.Stage == stage);

    [Fact]
    public void Hand_computed_medians_and_90th_percentiles_for_two_gates()
    {
        var monday = From.AddHours(6);
        StatusTimeline[] timelines =
        [
            // minutes:          submitted→gate, gate→yard, yard→cleared, cleared→exited
            Truck("TAN_THANH", monday, 30, 10, 50, 20),
            Truck("HUU_NGHI", monday, 60, 10, 45, 2),
            Truck("HUU_NGHI", monday, 90, 20, 15, 3),
            Truck("TAN_THANH", monday, 40, 12.5, 70, null),
            Truck("HUU_NGHI", monday, 120, 30, 35, 7),
            Truck("HUU_NGHI", monday, 180, 40, 25, 11),
            Truck("HUU_NGHI", monday, 240, 100, 5, 13),
        ];

        var result = DwellTimeCalculator.Calculate(timelines, From, To);

        // With n = 5, the median is x[2] and the 90th percentile has h = 4 · 0.9 = 3.6, so it is x[3] + 0.6 · (x[4] − x[3]).
        // HUU_NGHI
        //   submitted→gate 60, 90, 120, 180, 240   → median 120, p90 = 180 + 0.6 · 60  = 216.0
        //   gate→yard      10, 20, 30, 40, 100     → median 30,  p90 = 40 + 0.6 · 60   = 76.0
        //   yard→cleared   5, 15, 25, 35, 45       → median 25,  p90 = 35 + 0.6 · 10   = 41.0
        //   cleared→exited 2, 3, 7, 11, 13         → median 7,   p90 = 11 + 0.6 · 2    = 12.2
        //   whole trip     117, 128, 192, 256, 358 → median 192, p90 = 256 + 0.6 · 102 = 317.2
        Assert.Equal(
            [
                new StageDwellTime(DwellStage.SubmittedToAtGate, 5, 120.0, 216.0),
                new StageDwellTime(DwellStage.AtGateToInYard, 5, 30.0, 76.0),
                new StageDwellTime(DwellStage.InYardToCleared, 5, 25.0, 41.0),
                new StageDwellTime(DwellStage.ClearedToExited, 5, 7.0, 12.2),
                new StageDwellTime(DwellStage.WholeTrip, 5, 192.0, 317.2),
            ],
            result[0].Stages);

        // With n = 2, the median is the mean and the 90th percentile is x[0] + 0.9 · (x[1] − x[0]).
        // TAN_THANH (the second truck has not exited)
        //   submitted→gate 30, 40     → median 35,    p90 = 30 + 0.9 · 10  = 39.0
        //   gate→yard      10, 12.5   → median 11.25, p90 = 10 + 0.9 · 2.5 = 12.25; both round half away from zero
        //   yard→cleared   50, 70     → median 60,    p90 = 50 + 0.9 · 20  = 68.0
        //   cleared→exited 20         → 20 for both
        //   whole trip     30 + 10 + 50 + 20 = 110 → 110 for both
        Assert.Equal(
            [
                new StageDwellTime(DwellStage.SubmittedToAtGate, 2, 35.0, 39.0),
                new StageDwellTime(DwellStage.AtGateToInYard, 2, 11.3, 12.3),
                new StageDwellTime(DwellStage.InYardToCleared, 2, 60.0, 68.0),
                new StageDwellTime(DwellStage.ClearedToExited, 1, 20.0, 20.0),
                new StageDwellTime(DwellStage.WholeTrip, 1, 110.0, 110.0),
            ],
            result[1].Stages);

        Assert.Equal(["HUU_NGHI", "TAN_THANH"], result.Select(gate => gate.GateCode));
    }

    [Fact]
    public void A_stage_counts_in_the_period_it_ended_in_from_inclusive_to_exclusive()
    {
        StatusTimeline[] timelines =
        [
            // Ends exactly at from, written in UTC to show the comparison is by instant: counts.
            Truck("HUU_NGHI", From.AddMinutes(-41).ToUniversalTime(), 40, 1),
            // Starts the week before and ends inside the period: counts.
            Truck("HUU_NGHI", From.AddMinutes(-100), 30, 90),
            // Ends one tick before from: last week's.
            Truck("HUU_NGHI", From.AddMinutes(-50), 10, 40) with { InYardAt = From.AddTicks(-1) },
            // Ends exactly at to: next week's.
            Truck("HUU_NGHI", To.AddMinutes(-30), 10, 20),
            // Ends one tick before to: counts.
            Truck("HUU_NGHI", To.AddMinutes(-30), 10, 20) with { InYardAt = To.AddTicks(-1) },
        ];

        var result = DwellTimeCalculator.Calculate(timelines, From, To);

        // gate→yard samples in the period: 1, 90 and 20 minutes less a tick → median 20.0 after rounding.
        var gateToYard = Stage(result, "HUU_NGHI", DwellStage.AtGateToInYard);
        Assert.Equal(3, gateToYard.Count);
        Assert.Equal(20.0, gateToYard.MedianMinutes);
    }

    [Fact]
    public void A_status_never_reached_gives_no_sample_to_the_stages_that_need_it()
    {
        var monday = From.AddHours(6);
        StatusTimeline[] timelines =
        [
            Truck("HUU_NGHI", monday, 30, null),
            // Exited with no gate or yard arrival recorded: only the whole trip is known.
            new StatusTimeline(Guid.NewGuid(), "HUU_NGHI", monday, null, null, monday.AddMinutes(200), monday.AddMinutes(260)),
        ];

        var stages = Assert.Single(DwellTimeCalculator.Calculate(timelines, From, To)).Stages;

        Assert.Equal(
            [
                new StageDwellTime(DwellStage.SubmittedToAtGate, 1, 30.0, 30.0),
                new StageDwellTime(DwellStage.AtGateToInYard, 0, null, null),
                new StageDwellTime(DwellStage.InYardToCleared, 0, null, null),
                new StageDwellTime(DwellStage.ClearedToExited, 1, 60.0, 60.0),
                new StageDwellTime(DwellStage.WholeTrip, 1, 260.0, 260.0),
            ],
            stages);
    }

    [Fact]
    public void A_hold_and_release_stays_inside_the_stage_measured_from_the_first_arrival()
    {
        var monday = From.AddHours(6);
        (DateTimeOffset, DeclarationStatus)[] history =
        [
            (monday, DeclarationStatus.Submitted),
            (monday.AddMinutes(30), DeclarationStatus.AtGate),
            (monday.AddMinutes(45), DeclarationStatus.Held),
            (monday.AddMinutes(100), DeclarationStatus.AtGate),
            (monday.AddMinutes(120), DeclarationStatus.InYard),
        ];

        var timeline = StatusTimeline.FromHistory(Guid.NewGuid(), "HUU_NGHI", history);
        var result = DwellTimeCalculator.Calculate([timeline], From, To);

        // 30 → 120 minutes, not 100 → 120: the truck waited through the hold.
        Assert.Equal(new StageDwellTime(DwellStage.AtGateToInYard, 1, 90.0, 90.0), Stage(result, "HUU_NGHI", DwellStage.AtGateToInYard));
    }

    [Fact]
    public void A_negative_duration_is_skipped_and_a_zero_one_is_counted()
    {
        var monday = From.AddHours(6);
        StatusTimeline[] timelines =
        [
            // Cleared recorded 5 minutes before the yard arrival (clock skew).
            Truck("HUU_NGHI", monday, 30, 60, -5, 20),
            Truck("HUU_NGHI", monday, 30, 60, 0, 20),
            Truck("HUU_NGHI", monday, 30, 60, 40, 20),
        ];

        var result = DwellTimeCalculator.Calculate(timelines, From, To);

        Assert.Equal(new StageDwellTime(DwellStage.InYardToCleared, 2, 20.0, 36.0), Stage(result, "HUU_NGHI", DwellStage.InYardToCleared));
        Assert.Equal(3, Stage(result, "HUU_NGHI", DwellStage.ClearedToExited).Count);
    }

    [Fact]
    public void A_whole_trip_ending_before_it_started_is_skipped()
    {
        var monday = From.AddHours(6);
        var skewed = new StatusTimeline(Guid.NewGuid(), "HUU_NGHI", monday, null, null, null, monday.AddMinutes(-1));

        var wholeTrip = Stage(DwellTimeCalculator.Calculate([skewed], From, To), "HUU_NGHI", DwellStage.WholeTrip);

        Assert.Equal(new StageDwellTime(DwellStage.WholeTrip, 0, null, null), wholeTrip);
    }

    [Fact]
    public void No_timelines_give_no_gates()
    {
        Assert.Empty(DwellTimeCalculator.Calculate([], From, To));
    }

    [Fact]
    public void A_gate_without_samples_in_the_period_still_lists_its_five_stages_empty()
    {
        StatusTimeline[] timelines =
        [
            Truck("TAN_THANH", From.AddDays(-3), 30, 10, 50, 20),
            Truck("TAN_THANH", To.AddHours(1), 30, 10, 50, 20),
            Truck("TAN_THANH", From.AddDays(-3), (double?)null),
        ];

        var gate = Assert.Single(DwellTimeCalculator.Calculate(timelines, From, To));

        Assert.Equal("TAN_THANH", gate.GateCode);
        Assert.Equal(
            Enum.GetValues<DwellStage>().Select(stage => new StageDwellTime(stage, 0, null, null)),
            gate.Stages);
    }

    [Fact]
    public void Gates_are_ordered_by_code_ordinally()
    {
        var monday = From.AddHours(6);
        StatusTimeline[] timelines =
        [
            Truck("TA_LUNG", monday, 30),
            Truck("coc_nam", monday, 30),
            Truck("TAN_THANH", monday, 30),
            Truck("HUU_NGHI", monday, 30),
            Truck("TA_LUNG", monday, 30),
        ];

        var result = DwellTimeCalculator.Calculate(timelines, From, To);

        // Ordinal: '_' (0x5F) sorts before 'N', and lower case after every capital.
        Assert.Equal(["HUU_NGHI", "TAN_THANH", "TA_LUNG", "coc_nam"], result.Select(gate => gate.GateCode));
        Assert.Equal(2, Stage(result, "TA_LUNG", DwellStage.SubmittedToAtGate).Count);
    }

    [Fact]
    public void A_period_ending_before_it_starts_is_refused()
    {
        Assert.Throws<ArgumentException>(() => DwellTimeCalculator.Calculate([], To, From));
    }
}
