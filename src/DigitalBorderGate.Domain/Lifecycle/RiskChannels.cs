namespace DigitalBorderGate.Domain.Lifecycle;

public static class RiskChannels
{
    /// <summary>The strictest of the channels recorded (red over yellow over green); null when none is.</summary>
    public static RiskChannel? Strictest(IEnumerable<RiskChannel?> channels) =>
        channels.Where(channel => channel is not null).Max();

    /// <summary>The channel as officers name it: luồng xanh, vàng, đỏ.</summary>
    public static string NameVi(RiskChannel channel) => channel switch
    {
        RiskChannel.Green => "luồng xanh",
        RiskChannel.Yellow => "luồng vàng",
        _ => "luồng đỏ",
    };

    public static string Name(RiskChannel channel) => channel switch
    {
        RiskChannel.Green => "green channel",
        RiskChannel.Yellow => "yellow channel",
        _ => "red channel",
    };
}
