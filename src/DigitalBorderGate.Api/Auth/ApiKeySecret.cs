using System.Security.Cryptography;
using System.Text;

namespace DigitalBorderGate.Api.Auth;

internal static class ApiKeySecret
{
    private const string Prefix = "dbg_";

    /// <summary>A new 256-bit secret; the prefix makes leaked keys easy to recognise in scanners.</summary>
    public static string Generate() => Prefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// SHA-256 is enough here: keys are random 256-bit values, not passwords, so there is nothing to brute-force
    /// that a slow hash would protect, and lookups stay one indexed read.
    /// </summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
