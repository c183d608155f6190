using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace DigitalBorderGate.Api.Notifications;

/// <summary>
/// Webhook signing secrets at rest. A stored secret is protected with the Data Protection key ring and carries
/// <see cref="Prefix"/>, which tells it from a secret stored in plain text before protection existed; such a legacy
/// value still signs, and the start-up pass (<see cref="ProtectLegacyAsync"/>) replaces it.
/// </summary>
internal sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    /// <summary>Isolates these payloads from anything else the same key ring protects.</summary>
    public const string Purpose = "DigitalBorderGate.Webhooks.SigningSecret.v1";

    /// <summary>Marks a protected value; a plain secret starts with <c>whsec_</c> and never with this.</summary>
    public const string Prefix = "dp1:";

    private readonly IDataProtector protector = provider.CreateProtector(Purpose);

    public static bool IsProtected(string stored) => stored.StartsWith(Prefix, StringComparison.Ordinal);

    public string Protect(string secret) => Prefix + protector.Protect(secret);

    /// <summary>The secret to sign with. Throws <see cref="CryptographicException"/> when this key ring cannot read it.</summary>
    public string Reveal(string stored) => IsProtected(stored) ? protector.Unprotect(stored[Prefix.Length..]) : stored;

    /// <summary>
    /// Protects every secret still stored in plain text; returns how many this call replaced. Each row is replaced only
    /// if it still holds the plain value read, so instances starting together on one database each protect a row at
    /// most once between them, and a second run finds nothing to do.
    /// </summary>
    public async Task<int> ProtectLegacyAsync(Database database, CancellationToken cancellationToken)
    {
        var legacy = (await database.ReadAsync(c => c.QueryAsync<StoredSecret>(
            "SELECT id AS Id, secret AS Secret FROM webhooks WHERE secret NOT LIKE @Marked", new { Marked = Prefix + "%" }), cancellationToken)).ToList();
        if (legacy.Count == 0)
        {
            return 0;
        }
        return await database.WriteAsync(unit => unit.Connection.ExecuteAsync(
            "UPDATE webhooks SET secret = @Protected WHERE id = @Id AND secret = @Plain",
            legacy.Select(row => new { row.Id, Plain = row.Secret, Protected = Protect(row.Secret) }), unit.Transaction), cancellationToken);
    }

    private sealed class StoredSecret
    {
        public Guid Id { get; set; }
        public string Secret { get; set; } = "";
    }
}
