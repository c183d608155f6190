using System.Security.Cryptography;
using System.Text;

namespace DigitalBorderGate.Api.Notifications;

/// <summary>X-BorderGate-Signature: <c>sha256=</c> and the hex HMAC-SHA256 of the raw body with the subscription's secret.</summary>
internal static class WebhookSignature
{
    public const string Header = "X-BorderGate-Signature";

    public static string Sign(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static string NewSecret() => "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
