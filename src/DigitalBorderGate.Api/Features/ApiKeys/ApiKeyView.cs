namespace DigitalBorderGate.Api.Features.ApiKeys;

/// <summary>A key as admins see it: everything but the secret, which is shown once, when the key is issued.</summary>
internal sealed record ApiKeyView(Guid Id, string Role, IReadOnlyList<string> Scope, string Label, string Origin, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt)
{
    public static ApiKeyView From(ApiKeyRecord record) => new(record.Id, record.Role, record.ScopeList, record.Label, record.Origin,
        VietnamTime.ToVietnam(record.CreatedAt),
        record.RevokedAt is { } revoked ? VietnamTime.ToVietnam(revoked) : null,
        record.LastUsedAt is { } used ? VietnamTime.ToVietnam(used) : null);
}
