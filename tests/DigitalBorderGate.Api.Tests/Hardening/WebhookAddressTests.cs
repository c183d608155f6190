using DigitalBorderGate.Api.Notifications;
using DigitalBorderGate.Api.Settings;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace DigitalBorderGate.Api.Tests.Hardening;

/// <summary>IPv6 forms that carry an IPv4 address reach that IPv4 host, so they are judged as it is.</summary>
public sealed class WebhookAddressTests
{
    public static TheoryData<string> InwardAddresses => new()
    {
        "::ffff:127.0.0.1",          // IPv4-mapped
        "::ffff:0:127.0.0.1",        // SIIT
        "::ffff:0:10.0.0.1",
        "64:ff9b::127.0.0.1",        // NAT64 well-known prefix
        "64:ff9b::169.254.169.254",
        "64:ff9b:1::7f00:1",         // NAT64 local-use prefix, whatever it embeds
        "64:ff9b:1:ab00:8:800:0:0",
        "2002:7f00:1::",             // 6to4 of 127.0.0.1
        "2002:c0a8:101::1",          // 6to4 of 192.168.1.1
        "2001:0:4136:e378:8000:63bf:80ff:fffe", // Teredo, client 127.0.0.1
        "2001:0:a00:1::1",           // Teredo, server 10.0.0.1
        "::127.0.0.1",               // IPv4-compatible
        "::10.1.2.3",
        "::1",
        "::",
    };

    [Theory]
    [MemberData(nameof(InwardAddresses))]
    public void An_embedded_inward_IPv4_address_is_refused_at_connect(string address) =>
        Assert.False(ProductionPolicy().IsAllowed(IPAddress.Parse(address)));

    [Theory]
    [MemberData(nameof(InwardAddresses))]
    public void An_embedded_inward_IPv4_address_is_refused_at_registration(string address) =>
        Assert.NotNull(ProductionPolicy().Refusal($"https://[{address}]/hook"));

    [Theory]
    [InlineData("64:ff9b::8.8.8.8")]
    [InlineData("2002:808:808::1")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("2606:4700:4700::1111")]
    public void A_public_address_in_any_form_is_accepted(string address)
    {
        Assert.True(ProductionPolicy().IsAllowed(IPAddress.Parse(address)));
        Assert.Null(ProductionPolicy().Refusal($"https://[{address}]/hook"));
    }

    [Theory]
    [InlineData("https://[64:ff9b::127.0.0.1]/hook")]
    [InlineData("https://[::ffff:0:127.0.0.1]/hook")]
    [InlineData("https://[2002:7f00:1::]/hook")]
    [InlineData("https://[2001:0:4136:e378:8000:63bf:80ff:fffe]/hook")]
    [InlineData("https://[64:ff9b:1::a00:1]/hook")]
    public async Task Registering_a_callback_at_an_embedded_inward_address_is_400(string url)
    {
        using var app = BorderGateApp.With(new Dictionary<string, string?> { ["BorderGate:Webhooks:AllowLoopback"] = "false" });

        var response = await app.As(DemoKey.DeclarantA).PostAsJsonAsync("/api/v1/webhooks", new { url, events = new[] { "declaration.submitted" } });

        Assert.Equal([("/url", "webhook.urlRefused")], (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).Errors());
    }

    private static WebhookUrlPolicy ProductionPolicy() =>
        new(Options.Create(new BorderGateOptions()), new HostingEnvironment { EnvironmentName = Environments.Production });
}
