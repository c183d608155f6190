using System.Reflection;
using DigitalBorderGate.Api.Data;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DigitalBorderGate.Api.Tests.SqlServer;

public sealed class MigrationScriptTests
{
    private static readonly Assembly Api = typeof(SqlServerEngine).Assembly;

    private static string Read(string resource)
    {
        using var stream = Api.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string[] Scripts(Func<string, bool> filter) => Api.GetManifestResourceNames().Where(filter).Order(StringComparer.Ordinal).ToArray();

    public static TheoryData<string> SqlServerScripts() => new(Scripts(SqlServerEngine.IsMigration));

    [Theory]
    [MemberData(nameof(SqlServerScripts))]
    public void Every_SQL_Server_migration_parses_as_T_SQL(string resource)
    {
        var batches = TSql.ShouldParse(Read(resource), resource);

        Assert.NotEmpty(batches.SelectMany(b => b.Statements));
    }

    [Fact]
    public void Each_SQLite_migration_has_a_SQL_Server_counterpart_of_the_same_name()
    {
        static string Name(string resource) => resource[(resource.LastIndexOf(".Migrations.", StringComparison.Ordinal) + ".Migrations.".Length)..].Split('.', 2)[1];

        var sqlite = Scripts(SqliteEngine.IsMigration).Select(Name);
        var sqlServer = Scripts(SqlServerEngine.IsMigration).Select(Name);

        Assert.Equal(sqlite, sqlServer);
    }

    [Fact]
    public void The_SQL_Server_schema_has_every_table_and_column_of_the_SQLite_schema()
    {
        var declared = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in Scripts(SqlServerEngine.IsMigration))
        {
            foreach (var statement in TSql.ShouldParse(Read(resource), resource).SelectMany(b => b.Statements))
            {
                switch (statement)
                {
                    case CreateTableStatement create:
                        declared[create.SchemaObjectName.BaseIdentifier.Value] = create.Definition.ColumnDefinitions
                            .Select(c => c.ColumnIdentifier.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
                        break;
                    case AlterTableAddTableElementStatement alter:
                        declared[alter.SchemaObjectName.BaseIdentifier.Value].UnionWith(alter.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value));
                        break;
                }
            }
        }
        var sqliteColumns = SqliteColumns();

        foreach (var (table, column) in SqlServerOnlyColumns)
        {
            Assert.True(declared[table].Remove(column), $"{table}.{column} is no longer in the SQL Server schema.");
        }

        Assert.Equal(sqliteColumns.Keys.Order(), declared.Keys.Order());
        Assert.All(sqliteColumns, table => Assert.Equal(table.Value.Order(), declared[table.Key].Order()));
    }

    /// <summary>Columns only SQL Server needs: the change feed's commit horizon (SQLite commits in id order).</summary>
    private static readonly (string Table, string Column)[] SqlServerOnlyColumns = [("outbox_events", "row_version")];

    /// <summary>The tables and columns of the SQLite scripts, read from an actual migrated database.</summary>
    private static Dictionary<string, HashSet<string>> SqliteColumns()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bordergate-schema-{Guid.NewGuid():N}.db");
        var connectionString = $"Data Source={file};Pooling=False";
        try
        {
            new SqliteEngine().ApplyMigrations(connectionString);
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection(connectionString);
            connection.Open();
            return ReadColumns(connection);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static Dictionary<string, HashSet<string>> ReadColumns(Microsoft.Data.Sqlite.SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_xinfo(m.name) p
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND lower(m.name) <> 'schemaversions'
            """;
        using var reader = command.ExecuteReader();
        var columns = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read())
        {
            (columns.TryGetValue(reader.GetString(0), out var set) ? set : columns[reader.GetString(0)] = new(StringComparer.OrdinalIgnoreCase)).Add(reader.GetString(1));
        }
        return columns;
    }
}
