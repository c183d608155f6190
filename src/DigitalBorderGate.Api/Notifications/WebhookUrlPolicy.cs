using System.Net;
using System.Net.Sockets;
using DigitalBorderGate.Api.Settings;
using Microsoft.Extensions.Options;

namespace DigitalBorderGate.Api.Notifications;

/// <summary>
/// Keeps webhooks from becoming a way into the network: https only (plain http to loopback in development), no
/// credentials in the URL, and no private, link-local or loopback address — checked when the URL is registered and
/// again on every connection, so a name that later resolves inward (DNS rebinding) is refused too.
/// </summary>
internal sealed class WebhookUrlPolicy(IOptions<BorderGateOptions> options, IHostEnvironment environment)
{
    public const int MaxUrlLength = 2000;

    private bool AllowLoopback => options.Value.Webhooks.AllowLoopback && !environment.IsProduction();

    /// <returns>Why the URL is refused, in English and Vietnamese; null when it is acceptable.</returns>
    public (string Message, string MessageVi)? Refusal(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > MaxUrlLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return ("The URL must be an absolute https URL.", "URL phải là địa chỉ https đầy đủ.");
        }
        if (uri.UserInfo.Length > 0 || uri.Fragment.Length > 0)
        {
            return ("The URL may not carry credentials or a fragment.", "URL không được chứa thông tin đăng nhập hoặc phân đoạn (#).");
        }
        var loopback = uri.IsLoopback;
        if (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && loopback && AllowLoopback))
        {
            return ("The URL must use https.", "URL phải dùng https.");
        }
        if (IPAddress.TryParse(uri.DnsSafeHost, out var address) && !IsAllowed(address))
        {
            return ("The URL points into a private or local network.", "URL trỏ vào mạng nội bộ hoặc địa chỉ cục bộ.");
        }
        if (loopback && !AllowLoopback)
        {
            return ("The URL points to this machine.", "URL trỏ về chính máy chủ.");
        }
        return null;
    }

    /// <summary>Whether a webhook may connect to the address, judging an IPv4 address embedded in an IPv6 one as itself.</summary>
    public bool IsAllowed(IPAddress address)
    {
        if (EmbeddedIPv4.IsLocalUseTranslation(address))
        {
            return options.Value.Webhooks.AllowPrivateNetworks;
        }
        var embedded = EmbeddedIPv4.In(address);
        if (embedded.Count > 0 && !address.Equals(IPAddress.IPv6Loopback))
        {
            return embedded.All(IsAllowed);
        }
        if (IPAddress.IsLoopback(address))
        {
            return AllowLoopback;
        }
        return options.Value.Webhooks.AllowPrivateNetworks || !IsInternal(address);
    }

    /// <summary>The connection step of the webhook client: resolve, drop every address the policy forbids, connect.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
        var allowed = addresses.Where(IsAllowed).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException($"The webhook host {context.DnsEndPoint.Host} resolves only to addresses that webhooks may not reach.");
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static bool IsInternal(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return bytes[0] switch
            {
                0 or 10 or 127 => true,
                100 => bytes[1] is >= 64 and <= 127,   // carrier-grade NAT
                169 => bytes[1] == 254,                // link-local, cloud metadata
                172 => bytes[1] is >= 16 and <= 31,
                192 => bytes[1] == 168 || (bytes[1] == 0 && bytes[2] == 0),
                >= 224 => true,                        // multicast and reserved
                _ => false,
            };
        }
        return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.Equals(IPAddress.IPv6Any)
            || (bytes[0] & 0xFE) == 0xFC;              // unique local fc00::/7
    }
}
