using Dapper;
using DigitalBorderGate.Api.Data;

namespace DigitalBorderGate.Api.Features.Declarations;

public sealed class DeclarationReader(Database database)
{
    public Task<DeclarationRecord?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        database.ReadAsync(connection => connection.QuerySingleOrDefaultAsync<DeclarationRecord>(
            $"SELECT {DeclarationRecord.Columns} FROM declarations WHERE id = @Id", new { Id = id }), cancellationToken);
}
