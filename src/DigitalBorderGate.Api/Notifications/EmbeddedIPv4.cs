using System.Net;
using System.Net.Sockets;

namespace DigitalBorderGate.Api.Notifications;

/// <summary>
/// The IPv4 addresses an IPv6 address carries inside it. Each of these forms reaches the IPv4 host through a
/// translator or tunnel, so a policy that judges IPv4 addresses must judge the embedded one too.
/// </summary>
internal static class EmbeddedIPv4
{
    /// <summary>Every IPv4 address embedded in <paramref name="address"/>; empty for an IPv4 address or a plain IPv6 one.</summary>
    public static IReadOnlyList<IPAddress> In(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return [];
        }
        var b = address.GetAddressBytes();
        if (IsZero(b, 0, 10) && b[10] == 0xFF && b[11] == 0xFF)
        {
            return [At(b, 12)];                                    // IPv4-mapped ::ffff:0:0/96
        }
        if (IsZero(b, 0, 8) && b[8] == 0xFF && b[9] == 0xFF && b[10] == 0 && b[11] == 0)
        {
            return [At(b, 12)];                                    // SIIT ::ffff:0:0:0/96
        }
        if (IsZero(b, 0, 12))
        {
            return [At(b, 12)];                                    // IPv4-compatible ::/96 (and :: and ::1 themselves)
        }
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && IsZero(b, 4, 8))
        {
            return [At(b, 12)];                                    // NAT64 well-known prefix 64:ff9b::/96
        }
        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return [At(b, 2)];                                     // 6to4 2002::/16
        }
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0)
        {
            // Teredo 2001::/32: the server's address in clear, the client's with every bit inverted.
            return [At(b, 4), new IPAddress([(byte)~b[12], (byte)~b[13], (byte)~b[14], (byte)~b[15]])];
        }
        return [];
    }

    /// <summary>
    /// 64:ff9b:1::/48 is for translators inside one network (RFC 8215) and may place the IPv4 address at any of
    /// RFC 6052's positions, so no address of it can be judged by what it embeds: it is internal as a whole.
    /// </summary>
    public static bool IsLocalUseTranslation(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }
        var b = address.GetAddressBytes();
        return b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b[4] == 0x00 && b[5] == 0x01;
    }

    private static bool IsZero(byte[] bytes, int from, int count) => bytes.AsSpan(from, count).IndexOfAnyExcept((byte)0) < 0;

    private static IPAddress At(byte[] bytes, int offset) => new(bytes.AsSpan(offset, 4));
}
