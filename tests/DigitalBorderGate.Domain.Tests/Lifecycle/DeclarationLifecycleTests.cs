using DigitalBorderGate.Domain.Declarations;
using DigitalBorderGate.Domain.Lifecycle;

namespace DigitalBorderGate.Domain.Tests.Lifecycle;

public sealed class DeclarationLifecycleTests
{
    // The lifecycle written out a second time, by hand, as the branch describes it: "status action → result".
    // Every (status, action, actor) not listed here must be refused.
    private static readonly Dictionary<(DeclarationStatus, DeclarationAction, ActorKind), DeclarationStatus> Expected = Parse(
        """
        submitted confirmArrival officer atGate
        submitted hold officer held
        submitted reject officer rejected
        submitted cancel owner cancelled
        atGate confirmYardEntry officer inYard
        atGate hold officer held
        atGate reject officer rejected
        atGate turnBack officer turnedBack
        inYard startInspection officer underInspection
        inYard hold officer held
        inYard reject officer rejected
        inYard turnBack officer turnedBack
        underInspection clear officer cleared
        underInspection hold officer held
        underInspection reject officer rejected
        underInspection turnBack officer turnedBack
        cleared confirmExit officer exited
        held release officer (before)
        held reject officer rejected
        held turnBack officer turnedBack
        """);

    public static TheoryData<DeclarationStatus, DeclarationAction, ActorKind> EveryCombination()
    {
        var data = new TheoryData<DeclarationStatus, DeclarationAction, ActorKind>();
        foreach (var status in Enum.GetValues<DeclarationStatus>())
        {
            foreach (var action in Enum.GetValues<DeclarationAction>())
            {
                foreach (var actor in Enum.GetValues<ActorKind>())
                {
                    data.Add(status, action, actor);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCombination))]
    public void Every_status_action_and_actor_does_what_the_table_says(DeclarationStatus status, DeclarationAction action, ActorKind actor)
    {
        var current = Ready(status);
        var outcome = TransitionDecider.Decide(current, Request(action), actor, code => code == "CONTROL_LS");

        if (Expected.TryGetValue((status, action, actor), out var expected))
        {
            var applied = Assert.IsType<TransitionApplied>(outcome);
            Assert.Equal(expected == DeclarationStatus.Held && action == DeclarationAction.Release ? current.StatusBeforeHold : expected, applied.After.Status);
        }
        else if (!Expected.Keys.Any(k => k.Item2 == action && k.Item3 == actor))
        {
            Assert.IsType<TransitionNotPermitted>(outcome);
        }
        else
        {
            var notAllowed = Assert.IsType<TransitionNotAllowed>(outcome);
            Assert.Equal(Expected.Keys.Where(k => k.Item1 == status && k.Item3 == actor).Select(k => k.Item2).Order(), notAllowed.AllowedActions.Order());
        }
    }

    [Fact]
    public void Terminal_statuses_allow_nothing_and_are_not_open()
    {
        foreach (var status in new[] { DeclarationStatus.Exited, DeclarationStatus.Rejected, DeclarationStatus.Cancelled, DeclarationStatus.TurnedBack })
        {
            Assert.True(DeclarationLifecycle.IsTerminal(status));
            Assert.Empty(DeclarationLifecycle.AllowedActions(status, ActorKind.ResponsibleOfficer));
            Assert.Empty(DeclarationLifecycle.AllowedActions(status, ActorKind.Owner));
        }
        Assert.Equal(6, DeclarationLifecycle.OpenStatuses.Count);
    }

    [Theory]
    [InlineData(DeclarationStatus.Submitted)]
    [InlineData(DeclarationStatus.AtGate)]
    [InlineData(DeclarationStatus.InYard)]
    [InlineData(DeclarationStatus.UnderInspection)]
    public void A_release_returns_to_the_status_the_hold_interrupted(DeclarationStatus before)
    {
        var held = Applied(Ready(before), new TransitionRequest(DeclarationAction.Hold, null, "CONTROL_LS", null));
        Assert.Equal(DeclarationStatus.Held, held.Status);
        Assert.Equal("CONTROL_LS", held.ReferredToUnitCode);

        var released = Applied(held, Request(DeclarationAction.Release));

        Assert.Equal(before, released.Status);
        Assert.Null(released.StatusBeforeHold);
        Assert.Null(released.ReferredToUnitCode);
    }

    [Fact]
    public void A_referral_must_go_to_a_unit_that_takes_referrals()
    {
        var outcome = TransitionDecider.Decide(Ready(DeclarationStatus.AtGate), new TransitionRequest(DeclarationAction.Hold, null, "TAN_THANH", null), ActorKind.ResponsibleOfficer, code => code == "CONTROL_LS");

        Assert.Equal(["referral.unitInvalid"], Assert.IsType<TransitionRefused>(outcome).Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Start_inspection_needs_a_channel_and_records_it()
    {
        var refused = TransitionDecider.Decide(Ready(DeclarationStatus.InYard), new TransitionRequest(DeclarationAction.StartInspection, null, null, null), ActorKind.ResponsibleOfficer, _ => false);
        Assert.Equal(["channel.required"], Assert.IsType<TransitionRefused>(refused).Reasons.Select(r => r.Code));

        var inspected = Applied(Ready(DeclarationStatus.InYard), new TransitionRequest(DeclarationAction.StartInspection, RiskChannel.Red, null, null));
        Assert.Equal(RiskChannel.Red, inspected.Channel);
    }

    [Fact]
    public void A_channel_or_referral_on_another_action_is_refused()
    {
        var outcome = TransitionDecider.Decide(Ready(DeclarationStatus.Submitted), new TransitionRequest(DeclarationAction.ConfirmArrival, RiskChannel.Green, "CONTROL_LS", null), ActorKind.ResponsibleOfficer, _ => true);

        Assert.Equal(["channel.notApplicable", "referral.notApplicable"], Assert.IsType<TransitionRefused>(outcome).Reasons.Select(r => r.Code));
    }

    [Theory]
    [InlineData(RiskChannel.Green, "", "clear.quarantineNotCleared,clear.feeNotPaid")]
    [InlineData(RiskChannel.Green, "quarantine,fee", "")]
    [InlineData(RiskChannel.Yellow, "quarantine,fee", "clear.documentsNotPassed")]
    [InlineData(RiskChannel.Yellow, "documents,quarantine,fee", "")]
    [InlineData(RiskChannel.Red, "documents,quarantine,fee", "clear.physicalInspectionNotPassed")]
    [InlineData(RiskChannel.Red, "documents,physical,quarantine,fee", "")]
    [InlineData(RiskChannel.Red, "", "clear.documentsNotPassed,clear.physicalInspectionNotPassed,clear.quarantineNotCleared,clear.feeNotPaid")]
    public void Clearance_needs_what_the_channel_requires_and_quarantine_and_fees(RiskChannel channel, string passed, string unmet)
    {
        var current = DeclarationProgress.New with { Status = DeclarationStatus.UnderInspection, Channel = channel };
        var checks = new ChecksUpdate(
            passed.Contains("documents") ? CheckResult.Passed : null,
            passed.Contains("physical") ? CheckResult.Passed : null,
            passed.Contains("quarantine") ? QuarantineResult.NotRequired : null,
            passed.Contains("fee") ? true : null);

        var outcome = TransitionDecider.Decide(current, new TransitionRequest(DeclarationAction.Clear, null, null, checks), ActorKind.ResponsibleOfficer, _ => false);

        if (unmet.Length == 0)
        {
            Assert.Equal(DeclarationStatus.Cleared, Assert.IsType<TransitionApplied>(outcome).After.Status);
        }
        else
        {
            Assert.Equal(unmet.Split(','), Assert.IsType<TransitionRefused>(outcome).Reasons.Select(r => r.Code));
        }
    }

    [Fact]
    public void A_failed_quarantine_blocks_clearance_and_checks_recorded_earlier_count()
    {
        var inspected = Applied(Ready(DeclarationStatus.InYard), new TransitionRequest(DeclarationAction.StartInspection, RiskChannel.Green, null, new ChecksUpdate(null, null, QuarantineResult.Failed, true)));

        var refused = TransitionDecider.Decide(inspected, Request(DeclarationAction.Clear), ActorKind.ResponsibleOfficer, _ => false);
        Assert.Equal(["clear.quarantineNotCleared"], Assert.IsType<TransitionRefused>(refused).Reasons.Select(r => r.Code));

        var cleared = Applied(inspected, new TransitionRequest(DeclarationAction.Clear, null, null, new ChecksUpdate(null, null, QuarantineResult.Passed, null)));
        Assert.True(cleared.Checks.FeePaid);
    }

    [Fact]
    public void A_declarant_cannot_record_checks()
    {
        var outcome = TransitionDecider.Decide(Ready(DeclarationStatus.Submitted), new TransitionRequest(DeclarationAction.Cancel, null, null, new ChecksUpdate(null, null, null, true)), ActorKind.Owner, _ => false);

        Assert.Equal(["checks.notApplicable"], Assert.IsType<TransitionRefused>(outcome).Reasons.Select(r => r.Code));
    }

    private static DeclarationProgress Applied(DeclarationProgress current, TransitionRequest request) =>
        Assert.IsType<TransitionApplied>(TransitionDecider.Decide(current, request, ActorKind.ResponsibleOfficer, code => code == "CONTROL_LS")).After;

    // A declaration in the status with whatever that status's own action needs already in place.
    private static DeclarationProgress Ready(DeclarationStatus status) => status switch
    {
        DeclarationStatus.Held => DeclarationProgress.New with { Status = status, StatusBeforeHold = DeclarationStatus.InYard },
        DeclarationStatus.UnderInspection => DeclarationProgress.New with
        {
            Status = status,
            Channel = RiskChannel.Green,
            Checks = new ClearanceChecks(null, null, QuarantineResult.NotRequired, true),
        },
        _ => DeclarationProgress.New with { Status = status },
    };

    private static TransitionRequest Request(DeclarationAction action) =>
        new(action, action == DeclarationAction.StartInspection ? RiskChannel.Yellow : null, null, null);

    private static Dictionary<(DeclarationStatus, DeclarationAction, ActorKind), DeclarationStatus> Parse(string table) =>
        table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' '))
            .ToDictionary(
                parts => (Enum.Parse<DeclarationStatus>(parts[0], true), Enum.Parse<DeclarationAction>(parts[1], true), parts[2] == "owner" ? ActorKind.Owner : ActorKind.ResponsibleOfficer),
                parts => parts[3] == "(before)" ? DeclarationStatus.Held : Enum.Parse<DeclarationStatus>(parts[3], true));
}
