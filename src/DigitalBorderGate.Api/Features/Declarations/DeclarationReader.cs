using Dapper;
using DigitalBorderGate.Api.Data;

namespace DigitalBorderGate.Api.Features.Declarations;

public sealed class DeclarationReader(Database database)
{
    private const string SelectById = $"SELECT {DeclarationRecord.Columns} FROM declarations WHERE id = @Id";

    public Task<DeclarationRecord?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        database.ReadAsync(connection => connection.QuerySingleOrDefaultAsync<DeclarationRecord>(SelectById, new { Id = id }), cancellationToken);

    /// <summary>The declaration as the unit of work sees it, inside its transaction.</summary>
    public static Task<DeclarationRecord?> FindAsync(UnitOfWork unit, Guid id) =>
        unit.Connection.QuerySingleOrDefaultAsync<DeclarationRecord>(SelectById, new { Id = id }, unit.Transaction);
}
