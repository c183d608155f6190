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

    /// <summary>The declaration when the principal may see it (<see cref="DeclarationAccess.Shows"/>); null when there is none or it is not theirs to see.</summary>
    public static async Task<DeclarationRecord?> FindVisibleAsync(Database database, ApiPrincipal principal, ReferenceSnapshot reference, Guid id, CancellationToken cancellationToken) =>
        await FindAsync(database, id, cancellationToken) is { } declaration && DeclarationAccess.Shows(principal, reference, declaration) ? declaration : null;

    /// <summary>The declaration as the unit of work sees it, inside its transaction.</summary>
    public static Task<DeclarationRecord?> FindAsync(UnitOfWork unit, Guid id) =>
        unit.Connection.QuerySingleOrDefaultAsync<DeclarationRecord>(SelectById, new { Id = id }, unit.Transaction);
}
