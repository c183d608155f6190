using System.Text.Json;
using DigitalBorderGate.Api.Settings;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace DigitalBorderGate.Api.Features.Declarations;

/// <summary>
/// Declarations as last read and rendered, by id, for the read paths. An entry stands for one version: a read learns
/// the stored version first (one lookup on the primary key, or the narrow columns of a list query) and reuses the
/// entry only while the version is unchanged. Every write to a declaration bumps its version, so a change made by
/// this instance or by another one on the same database is never served stale; what the cache saves is reading the
/// wide row and rendering it again. Bounded by <see cref="DeclarationOptions.RenderedCacheEntries"/>.
/// </summary>
internal sealed class RenderedDeclarations : IDisposable
{
    private const string SelectVersion = "SELECT version FROM declarations WHERE id = @Id";

    private readonly Database database;
    private readonly MemoryCache? cache;

    public RenderedDeclarations(Database database, IOptions<BorderGateOptions> options)
    {
        this.database = database;
        var entries = options.Value.Declarations.RenderedCacheEntries;
        cache = entries > 0 ? new MemoryCache(new MemoryCacheOptions { SizeLimit = entries }) : null;
    }

    /// <summary>The declaration as stored now, rendered; null when there is none.</summary>
    public async Task<RenderedDeclaration?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        if (cache?.Get<RenderedDeclaration>(id) is { } known
            && await database.ReadAsync(c => c.ExecuteScalarAsync<int?>(SelectVersion, new { Id = id }), cancellationToken) == known.Record.Version)
        {
            return known;
        }
        return await DeclarationData.FindAsync(database, id, cancellationToken) is { } record ? Keep(record) : null;
    }

    /// <summary>
    /// These versions of declarations, rendered, in the order given. Kept ones are reused; the rest are read in one
    /// query and show the row as it stands then (a later version if it changed in between; a row is never deleted).
    /// </summary>
    public async Task<IReadOnlyList<RenderedDeclaration>> FindAllAsync(IReadOnlyList<DeclarationVersion> wanted, CancellationToken cancellationToken)
    {
        var found = new RenderedDeclaration?[wanted.Count];
        var missing = new List<Guid>();
        for (var i = 0; i < wanted.Count; i++)
        {
            if (cache?.Get<RenderedDeclaration>(wanted[i].Id) is { } known && known.Record.Version == wanted[i].Version)
            {
                found[i] = known;
            }
            else
            {
                missing.Add(wanted[i].Id);
            }
        }
        if (missing.Count > 0)
        {
            var records = (await ReadAllAsync(missing, cancellationToken)).ToDictionary(record => record.Id);
            for (var i = 0; i < wanted.Count; i++)
            {
                found[i] ??= records.TryGetValue(wanted[i].Id, out var record) ? Keep(record) : null;
            }
        }
        return [.. found.OfType<RenderedDeclaration>()];
    }

    private Task<IEnumerable<DeclarationRecord>> ReadAllAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        // One parameter per id rather than Dapper's list expansion, which would bypass the uuid type handler.
        var parameters = new DynamicParameters();
        for (var i = 0; i < ids.Count; i++)
        {
            parameters.Add($"Id{i}", ids[i]);
        }
        var sql = $"SELECT {DeclarationRecord.Columns} FROM declarations WHERE id IN ({string.Join(", ", ids.Select((_, i) => $"@Id{i}"))})";
        return database.ReadAsync(c => c.QueryAsync<DeclarationRecord>(sql, parameters), cancellationToken);
    }

    private RenderedDeclaration Keep(DeclarationRecord record)
    {
        var rendered = new RenderedDeclaration(record);
        cache?.Set(record.Id, rendered, new MemoryCacheEntryOptions { Size = 1 });
        return rendered;
    }

    public void Dispose() => cache?.Dispose();
}

/// <summary>Which version of a declaration a list query found.</summary>
internal sealed class DeclarationVersion
{
    public Guid Id { get; init; }

    public int Version { get; init; }
}

/// <summary>
/// One version of a declaration: its row, and what the read paths made of it, each made once — the response as UTF-8
/// JSON per set of allowed actions, and any slice's own view (a queue item, say). Only the row and these results are
/// kept, not the response's object graph: a few thousand of these stay in memory.
/// </summary>
internal sealed class RenderedDeclaration(DeclarationRecord record)
{
    // Both lists hold a handful of items (one body per kind of caller, one view per slice), so a copied array is
    // smaller than a dictionary; two threads making the same item at once both make it, and either result is right.
    private (Type Type, object View)[] views = [];
    private (string AllowedActions, byte[] Body)[] bodies = [];

    public DeclarationRecord Record { get; } = record;

    /// <summary>A view of this version, made by <paramref name="render"/> the first time it is asked for (one per type).</summary>
    public T View<T>(Func<DeclarationRecord, T> render)
        where T : class
    {
        foreach (var (type, view) in Volatile.Read(ref views))
        {
            if (type == typeof(T))
            {
                return (T)view;
            }
        }
        var made = render(Record);
        Add(ref views, (typeof(T), made));
        return made;
    }

    /// <summary>The response with these allowed actions, as UTF-8 JSON; the allowed actions differ by caller.</summary>
    public byte[] BodyFor(IReadOnlyList<string> allowedActions)
    {
        var key = string.Join(',', allowedActions);
        foreach (var (allowed, body) in Volatile.Read(ref bodies))
        {
            if (allowed == key)
            {
                return body;
            }
        }
        var made = JsonSerializer.SerializeToUtf8Bytes(Record.ToResponse() with { AllowedActions = allowedActions }, ApiJson.Options);
        Add(ref bodies, (key, made));
        return made;
    }

    private static void Add<TItem>(ref TItem[] items, TItem item)
    {
        TItem[] seen, grown;
        do
        {
            seen = Volatile.Read(ref items);
            grown = [.. seen, item];
        }
        while (Interlocked.CompareExchange(ref items, grown, seen) != seen);
    }
}
