using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace DigitalBorderGate.Api.Features.Declarations.Pass;

/// <summary>
/// A pass code is <c>DBG1.&lt;reference number&gt;.&lt;signature&gt;</c>: the signature is the first 128 bits of an
/// HMAC-SHA256 of everything before it under the server's key, so only this server can issue a code that verifies.
/// </summary>
internal sealed class PassSigner
{
    public const string Prefix = "DBG1";
    public const int MinimumKeyBytes = 32;
    private const int SignatureBytes = 16;
    private readonly byte[] key;

    public PassSigner(IOptions<PassOptions> options, ILogger<PassSigner> logger)
    {
        var configured = options.Value.SigningKey;
        if (string.IsNullOrWhiteSpace(configured))
        {
            logger.LogWarning("BorderGate:Passes:SigningKey is not set: passes are signed with a key of this process only and stop verifying after a restart.");
            key = RandomNumberGenerator.GetBytes(MinimumKeyBytes);
            return;
        }
        key = Convert.FromBase64String(configured);
        if (key.Length < MinimumKeyBytes)
        {
            throw new InvalidOperationException($"BorderGate:Passes:SigningKey must be base64 of at least {MinimumKeyBytes} bytes.");
        }
    }

    public string Sign(string referenceNumber)
    {
        var signed = $"{Prefix}.{referenceNumber}";
        return $"{signed}.{Base64Url.EncodeToString(Mac(signed))}";
    }

    /// <summary>The reference number of a code this server signed; null for anything else, forged or altered.</summary>
    public string? Verify(string code)
    {
        var parts = code.Trim().Split('.');
        if (parts.Length != 3 || parts[0] != Prefix || !ReferenceNumber.TryParse(parts[1], out _, out _) || parts[2].Length > 64)
        {
            return null;
        }
        byte[] signature;
        try
        {
            signature = Base64Url.DecodeFromChars(parts[2]);
        }
        catch (FormatException)
        {
            return null;
        }
        return CryptographicOperations.FixedTimeEquals(signature, Mac($"{Prefix}.{parts[1]}")) ? parts[1] : null;
    }

    private byte[] Mac(string signed) => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(signed))[..SignatureBytes];
}
