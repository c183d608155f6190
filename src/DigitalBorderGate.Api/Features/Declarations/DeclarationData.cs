using Dapper;
using DigitalBorderGate.Api.Data;

namespace DigitalBorderGate.Api.Features.Declarations;

/// <summary>The declaration SQL several slices share; a slice's own statements live in its Data.cs.</summary>
public static class DeclarationData
{
    private const string SelectById = $"SELECT {DeclarationRecord.Columns} FROM declarations WHERE id = @Id";

    public static Task<DeclarationRecord?> FindAsync(Database database, Guid id, CancellationToken cancellationToken) =>
        database.ReadAsync(connection => connection.QuerySingleOrDefaultAsync<DeclarationRecord>(SelectById, new { Id = id }), cancellationToken);

    /// <summary>The declaration as the unit of work sees it, inside its transaction.</summary>
    public static Task<DeclarationRecord?> FindAsync(UnitOfWork unit, Guid id) =>
        unit.Connection.QuerySingleOrDefaultAsync<DeclarationRecord>(SelectById, new { Id = id }, unit.Transaction);
}
