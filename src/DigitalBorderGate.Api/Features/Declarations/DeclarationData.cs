using DigitalBorderGate.Api.Data.ReferenceData;

namespace DigitalBorderGate.Api.Features.Declarations;

/// <summary>The declaration SQL several slices share; a slice's own statements live in its Data.cs.</summary>
internal static class DeclarationData
{
    private const string SelectById = $"SELECT {DeclarationRecord.Columns} FROM declarations WHERE id = @Id";

    /// <summary>A plate search (@PlateNumber, normalised) finds the truck's own plate and the receiving vehicles of its transshipments.</summary>
    public const string PlateCondition =
        "(plate_number = @PlateNumber OR id IN (SELECT declaration_id FROM declaration_plates WHERE plate_number = @PlateNumber))";

    public static Task<DeclarationRecord?> FindAsync(Database database, Guid id, CancellationToken cancellationToken) =>
        database.ReadAsync(connection => connection.QuerySingleOrDefaultAsync<DeclarationRecord>(SelectById, new { Id = id }), cancellationToken);

    /// <summary>
    /// The declaration when the principal may see it; null when there is none or it is not theirs to see. Another
    /// enterprise's declaration is reported as absent, not forbidden: its existence is not ours to reveal.
    /// </summary>
    public static async Task<DeclarationRecord?> FindVisibleAsync(Database database, ApiPrincipal principal, ReferenceSnapshot reference, Guid id, CancellationToken cancellationToken)
    {
        var access = DeclarationAccess.For(principal, reference);
        var declaration = await FindAsync(database, id, cancellationToken);
        return declaration is not null && access is not null && access.Allows(declaration) ? declaration : null;
    }

    /// <summary>The declaration as the unit of work sees it, inside its transaction.</summary>
    public static Task<DeclarationRecord?> FindAsync(UnitOfWork unit, Guid id) =>
        unit.Connection.QuerySingleOrDefaultAsync<DeclarationRecord>(SelectById, new { Id = id }, unit.Transaction);
}
