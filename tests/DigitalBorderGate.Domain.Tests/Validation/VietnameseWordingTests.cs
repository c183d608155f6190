using DigitalBorderGate.Domain.Lifecycle;
using DigitalBorderGate.Domain.Routing;
using DigitalBorderGate.Domain.Tests.Reference;
using DigitalBorderGate.Tests.Shared;

namespace DigitalBorderGate.Domain.Tests.Validation;

/// <summary>Vietnamese messages are read by officers and declarants: no English word may slip into them.</summary>
public class VietnameseWordingTests
{
    [Fact]
    public void No_vietnamese_message_of_the_error_catalog_contains_an_english_word()
    {
        var arguments = new object[] { 60_000m, RiskChannel.Red, new BilingualText("the border gate Chi Ma", "cửa khẩu Chi Ma"), "07:00" };
        var messages = ErrorCatalog.Codes.Select(code => ErrorCatalog.Create("/x", code, arguments));

        Assert.All(messages, message => EnglishWords.AssertNone(message.Code, message.MessageVi));
    }

    [Theory]
    [InlineData(RiskChannel.Yellow, "Tờ khai 105123456780 (luồng vàng)")]
    [InlineData(RiskChannel.Red, "Tờ khai 105123456780 (luồng đỏ)")]
    public void A_channel_is_named_in_vietnamese(RiskChannel channel, string expected)
    {
        var unmet = ClearanceRules.Unmet(channel, ClearanceChecks.None, "105123456780");

        Assert.StartsWith(expected, unmet[0].MessageVi, StringComparison.Ordinal);
        Assert.Contains(channel.ToString().ToLowerInvariant(), unmet[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_in_vietnamese_messages_group_thousands_with_dots()
    {
        var error = ErrorCatalog.Create("/goods", ErrorCodes.WeightTruckLimit, [60_000m]);

        Assert.Equal("Trọng lượng vượt quá mức một xe được phép chở: tối đa 60.000 kg.", error.MessageVi);
        Assert.Equal("The weight exceeds what one truck may carry: at most 60,000 kg.", error.Message);
    }

    [Theory]
    [InlineData(SeedFiles.March2025)]
    [InlineData(SeedFiles.July2025)]
    public void No_routing_message_for_any_gate_contains_an_english_word(string dataSet)
    {
        var data = SeedFiles.Load(dataSet);
        var date = new DateOnly(2025, 8, 1);
        foreach (var gate in data.Gates)
        {
            foreach (var mode in Enum.GetValues<TransportMode>())
            {
                var (code, messageVi) = GateRouter.Route(data, gate.Code, date, mode) switch
                {
                    RoutingDecision decision => (decision.Rule, decision.ReasonVi),
                    RoutingRefusal refusal => (refusal.Code, refusal.MessageVi),
                    _ => throw new InvalidOperationException(),
                };
                EnglishWords.AssertNone($"{gate.Code}/{mode}/{code}", messageVi);
            }
        }
    }

    [Fact]
    public void The_check_catches_an_english_word_and_ignores_quoted_values()
    {
        Assert.NotEmpty(EnglishWords.In("Luồng red cần kiểm tra (hold)."));
        Assert.Empty(EnglishWords.In("Phải là \"import\" (nhập khẩu) hoặc \"export\" (xuất khẩu), ví dụ KGM."));
    }
}
