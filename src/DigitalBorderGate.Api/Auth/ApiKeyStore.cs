using System.Collections.Concurrent;
using System.Text.Json;
using Dapper;
using DigitalBorderGate.Api.Data;

namespace DigitalBorderGate.Api.Auth;

public sealed class ApiKeyRecord
{
    public Guid Id { get; set; }
    public string Role { get; set; } = "";
    public string Scope { get; set; } = "[]";
    public string Label { get; set; } = "";
    public string Origin { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }

    public ApiPrincipal? ToPrincipal() => Roles.Parse(Role) is { } role
        ? new ApiPrincipal(Id, role, JsonSerializer.Deserialize<string[]>(Scope) ?? [], Label)
        : null;
}

public sealed class ApiKeyStore(Database database, TimeProvider clock)
{
    // Recording every use would turn each read into a write; once a minute per key is enough to audit by.
    private static readonly TimeSpan LastUseResolution = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> lastRecordedUse = new();

    public Task<ApiKeyRecord?> FindActiveAsync(string secret, CancellationToken cancellationToken) =>
        database.ReadAsync(connection => connection.QuerySingleOrDefaultAsync<ApiKeyRecord>(
            """
            SELECT id AS Id, role AS Role, scope AS Scope, label AS Label, origin AS Origin, created_at AS CreatedAt,
                   revoked_at AS RevokedAt, last_used_at AS LastUsedAt
            FROM api_keys WHERE key_hash = @Hash AND revoked_at IS NULL
            """,
            new { Hash = ApiKeySecret.Hash(secret) }), cancellationToken);

    public async Task RecordUseAsync(Guid keyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (lastRecordedUse.TryGetValue(keyId, out var last) && now - last < LastUseResolution)
        {
            return;
        }
        lastRecordedUse[keyId] = now;
        await database.WriteAsync(unit => unit.Connection.ExecuteAsync(
            "UPDATE api_keys SET last_used_at = @Now WHERE id = @Id",
            new { Id = keyId, Now = now }, unit.Transaction), cancellationToken);
    }

    /// <summary>Adds a key whose secret is known in advance (demo keys); does nothing if that secret is stored already.</summary>
    public Task EnsureAsync(string secret, PrincipalRole role, IReadOnlyList<string> scope, string label, string origin, CancellationToken cancellationToken) =>
        database.WriteAsync(unit => unit.Connection.ExecuteAsync(
            """
            INSERT INTO api_keys (id, key_hash, role, scope, label, origin, created_at)
            SELECT @Id, @Hash, @Role, @Scope, @Label, @Origin, @Now
            WHERE NOT EXISTS (SELECT 1 FROM api_keys WHERE key_hash = @Hash)
            """,
            new
            {
                Id = Guid.NewGuid(),
                Hash = ApiKeySecret.Hash(secret),
                Role = Roles.Name(role),
                Scope = JsonSerializer.Serialize(scope),
                Label = label,
                Origin = origin,
                Now = clock.GetUtcNow(),
            }, unit.Transaction), cancellationToken);
}
