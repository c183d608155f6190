using DigitalBorderGate.Api.Data.ReferenceData;
using DigitalBorderGate.Domain.Lifecycle;

namespace DigitalBorderGate.Api.Features.Declarations;

/// <summary>
/// A change to one declaration, inside the unit of work, after the caller's standing and the expected version were
/// checked. Returns null when its UPDATE found the version it read already gone (another writer came first).
/// </summary>
internal delegate Task<DeclarationWriteResult?> DeclarationChange(UnitOfWork unit, DeclarationRecord declaration, ActorKind actor);

/// <summary>
/// The one way a declaration changes: read it in the unit of work, refuse whoever may not see or act on it and a stale
/// expected version, then apply the change. Every change's UPDATE names the version it read, so of two writers at once
/// exactly one wins; the other's unit of work runs again against the new state, where the checks answer it.
/// </summary>
internal sealed class DeclarationWriter(Database database, ReferenceDataCatalog catalog)
{
    private const int Attempts = 3;

    public async Task<DeclarationWriteResult> WriteAsync(Guid id, ApiPrincipal principal, ExpectedVersion expected,
        Func<ActorKind, bool> mayAct, DeclarationChange change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var result = await database.WriteAsync(unit => TryWriteAsync(unit, id, principal, expected, mayAct, change), cancellationToken);
            if (result is not null)
            {
                return result;
            }
            if (attempt == Attempts)
            {
                throw new InvalidOperationException($"Declaration {id} kept changing under a write.");
            }
        }
    }

    private async Task<DeclarationWriteResult?> TryWriteAsync(UnitOfWork unit, Guid id, ApiPrincipal principal, ExpectedVersion expected,
        Func<ActorKind, bool> mayAct, DeclarationChange change)
    {
        var declaration = await DeclarationData.FindAsync(unit, id);
        var (standing, actor) = DeclarationActors.Resolve(principal, declaration, catalog.Current);
        if (declaration is null || standing == ActorStanding.Hidden)
        {
            return new DeclarationWriteResult.Hidden();
        }
        if (standing == ActorStanding.Forbidden || !mayAct(actor))
        {
            return new DeclarationWriteResult.Forbidden();
        }
        if (!expected.Allows(declaration.Version))
        {
            return new DeclarationWriteResult.Stale(declaration.Version);
        }
        return await change(unit, declaration, actor);
    }
}
