using System.Collections.Concurrent;
using System.Text.Json;

namespace DigitalBorderGate.Api.Auth;

internal sealed class ApiKeyRecord
{
    public Guid Id { get; set; }
    public string Role { get; set; } = "";
    public string Scope { get; set; } = "[]";
    public string Label { get; set; } = "";
    public string Origin { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }

    public IReadOnlyList<string> ScopeList => JsonSerializer.Deserialize<string[]>(Scope) ?? [];

    public ApiPrincipal? ToPrincipal() => Roles.Parse(Role) is { } role ? new ApiPrincipal(Id, role, ScopeList, Label) : null;
}

internal sealed class ApiKeyStore(Database database, TimeProvider clock)
{
    // Recording every use would turn each read into a write; once a minute per key is enough to audit by.
    private static readonly TimeSpan LastUseResolution = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> lastRecordedUse = new();

    /// <summary>
    /// How long an active key is known without asking the database again. Looking the key up was the costliest step
    /// of a read; a key revoked on this instance stops at once, one revoked on another instance within this time.
    /// </summary>
    public static readonly TimeSpan KnownFor = TimeSpan.FromSeconds(10);

    // Only keys found active are kept (by hash), so unknown keys cannot grow it; entries of revoked keys are removed.
    private readonly ConcurrentDictionary<string, KnownKey> known = new(StringComparer.Ordinal);
    private long revocations;

    private sealed record KnownKey(ApiPrincipal Principal, DateTimeOffset Until);

    private const string Columns =
        "id AS Id, role AS Role, scope AS Scope, label AS Label, origin AS Origin, created_at AS CreatedAt, revoked_at AS RevokedAt, last_used_at AS LastUsedAt";

    /// <summary>The principal of an active key, or null. A key read from the database is known for <see cref="KnownFor"/>.</summary>
    public async Task<ApiPrincipal?> AuthenticateAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = ApiKeySecret.Hash(secret);
        if (known.TryGetValue(hash, out var cached) && clock.GetUtcNow() < cached.Until)
        {
            return cached.Principal;
        }
        var revocationsBefore = Volatile.Read(ref revocations);
        var record = await database.ReadAsync(connection => connection.QuerySingleOrDefaultAsync<ApiKeyRecord>(
            $"SELECT {Columns} FROM api_keys WHERE key_hash = @Hash AND revoked_at IS NULL", new { Hash = hash }), cancellationToken);
        if (record?.ToPrincipal() is not { } principal)
        {
            known.TryRemove(hash, out _);
            return null;
        }
        // A revocation that committed while this read ran may not be in what it read: then the answer serves this
        // request only.
        if (Volatile.Read(ref revocations) == revocationsBefore)
        {
            known[hash] = new KnownKey(principal, clock.GetUtcNow() + KnownFor);
        }
        return principal;
    }

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

    /// <summary>Stores a new key with a fresh secret; the secret is returned here and never again.</summary>
    public async Task<(ApiKeyRecord Record, string Secret)> IssueAsync(PrincipalRole role, IReadOnlyList<string> scope, string label, CancellationToken cancellationToken)
    {
        var secret = ApiKeySecret.Generate();
        var record = new ApiKeyRecord
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            Role = Roles.Name(role),
            Scope = JsonSerializer.Serialize(scope),
            Label = label,
            Origin = "issued",
            CreatedAt = clock.GetUtcNow(),
        };
        await database.WriteAsync(unit => unit.Connection.ExecuteAsync(
            """
            INSERT INTO api_keys (id, key_hash, role, scope, label, origin, created_at)
            VALUES (@Id, @Hash, @Role, @Scope, @Label, @Origin, @CreatedAt)
            """,
            new { record.Id, Hash = ApiKeySecret.Hash(secret), record.Role, record.Scope, record.Label, record.Origin, record.CreatedAt },
            unit.Transaction), cancellationToken);
        return (record, secret);
    }

    /// <summary>Keys newest first after the cursor, revoked ones included (they are the audit trail).</summary>
    public Task<IReadOnlyList<ApiKeyRecord>> ListAsync(DateTimeOffset? afterCreatedAt, Guid? afterId, int take, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection => (IReadOnlyList<ApiKeyRecord>)(await connection.QueryAsync<ApiKeyRecord>(
            database.Dialect.Limit(
                $"""
                SELECT {Columns} FROM api_keys
                WHERE @AfterAt IS NULL OR created_at < @AfterAt OR (created_at = @AfterAt AND id < @AfterId)
                ORDER BY created_at DESC, id DESC
                """, "@Take"),
            new { AfterAt = afterCreatedAt, AfterId = afterId, Take = take })).ToList(), cancellationToken);

    /// <returns>False when there is no such key. Revoking a revoked key changes nothing and succeeds.</returns>
    public async Task<bool> RevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        var exists = await database.WriteAsync(async unit =>
        {
            var found = await unit.Connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM api_keys WHERE id = @Id", new { Id = id }, unit.Transaction) > 0;
            await unit.Connection.ExecuteAsync("UPDATE api_keys SET revoked_at = @Now WHERE id = @Id AND revoked_at IS NULL",
                new { Id = id, Now = clock.GetUtcNow() }, unit.Transaction);
            return found;
        }, cancellationToken);
        Interlocked.Increment(ref revocations);
        foreach (var (hash, key) in known)
        {
            if (key.Principal.KeyId == id)
            {
                known.TryRemove(hash, out _);
            }
        }
        return exists;
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
