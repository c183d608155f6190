using System.Data;
using Dapper;
using DigitalBorderGate.Api.Data;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DigitalBorderGate.Api.Tests.SqlServer;

public sealed class DialectStatementTests
{
    private readonly SqlServerDialect dialect = new();

    [Theory]
    [InlineData("SELECT id FROM outbox_events ORDER BY id LIMIT @Take")]
    [InlineData("INSERT INTO daily_sequences (name, day, last_value) VALUES (@Name, @Day, 1) ON CONFLICT (name, day) DO UPDATE SET last_value = last_value + 1 RETURNING last_value")]
    [InlineData("PRAGMA foreign_keys = ON")]
    public void The_parser_refuses_what_only_SQLite_accepts(string sqlite)
    {
        Assert.NotEmpty(TSql.Parse(sqlite, out _));
    }

    [Fact]
    public void The_daily_sequence_is_one_MERGE_statement_that_outputs_the_new_value()
    {
        var statement = Assert.Single(Assert.Single(TSql.ShouldParse(dialect.NextDailySequenceSql)).Statements);

        var merge = Assert.IsType<MergeStatement>(statement);
        Assert.NotNull(merge.MergeSpecification.OutputClause);
        Assert.Contains(((NamedTableReference)merge.MergeSpecification.Target).TableHints, hint => hint.HintKind == TableHintKind.HoldLock);
    }

    [Fact]
    public void An_insert_returning_its_id_parses_with_OUTPUT_INSERTED_id()
    {
        var sql = dialect.InsertReturningId("outbox_events", "declaration_id, type, occurred_at, payload, declarant_tax_code, unit_code",
            "@DeclarationId, @Type, @At, @Payload, @DeclarantTaxCode, @UnitCode");

        var insert = Assert.IsType<InsertStatement>(Assert.Single(Assert.Single(TSql.ShouldParse(sql)).Statements));
        Assert.NotNull(insert.InsertSpecification.OutputClause);
    }

    public static TheoryData<string> OrderedQueries() => new(
    [
        "SELECT id AS Id, type AS Type FROM outbox_events WHERE declarant_tax_code IN (@T1, @T2) AND id > @After ORDER BY id",
        "SELECT id AS Id FROM declarations WHERE unit_code = @U AND (submitted_at < @AfterAt OR (submitted_at = @AfterAt AND id < @AfterId)) ORDER BY submitted_at DESC, id DESC",
        """
        SELECT id AS Id FROM api_keys
        WHERE @AfterAt IS NULL OR created_at < @AfterAt OR (created_at = @AfterAt AND id < @AfterId)
        ORDER BY created_at DESC, id DESC
        """,
        """
        SELECT d.id AS Id, e.type AS EventType FROM webhook_deliveries d JOIN outbox_events e ON e.id = d.event_id
        WHERE d.webhook_id = @Id AND (@Status IS NULL OR d.status = @Status) ORDER BY d.id DESC
        """,
    ]);

    [Theory]
    [MemberData(nameof(OrderedQueries))]
    public void A_limited_ordered_query_parses_with_OFFSET_FETCH(string query)
    {
        var select = Assert.IsType<SelectStatement>(Assert.Single(Assert.Single(TSql.ShouldParse(dialect.Limit(query, "@Take"))).Statements));

        Assert.NotNull(((QuerySpecification)select.QueryExpression).OffsetClause);
    }

    [Fact]
    public void A_limited_query_may_be_the_subquery_of_an_update()
    {
        var due = dialect.Limit("SELECT d.id FROM webhook_deliveries d WHERE d.status = 'pending' ORDER BY d.id", "@Batch");

        TSql.ShouldParse($"UPDATE webhook_deliveries SET lease_owner = @Owner, lease_until = @Until WHERE id IN ({due})");
    }

    [Fact]
    public void A_batch_delete_parses_as_DELETE_TOP()
    {
        var sql = dialect.DeleteSome("outbox_events",
            "occurred_at < @Before AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = outbox_events.id)", "@Batch");

        var delete = Assert.IsType<DeleteStatement>(Assert.Single(Assert.Single(TSql.ShouldParse(sql)).Statements));
        Assert.NotNull(delete.DeleteSpecification.TopRowFilter);
    }

    [Fact]
    public void A_null_time_or_uuid_parameter_is_typed_for_SqlClient_and_left_as_it_was_for_SQLite()
    {
        DapperTypeHandlers.Register();
        var sqlServer = new[] { new SqlParameter(), new SqlParameter() };
        var sqlite = new[] { new SqliteParameter(), new SqliteParameter() };
        Type[] types = [typeof(DateTimeOffset?), typeof(Guid?)];

        foreach (var set in new IDbDataParameter[][] { sqlServer, sqlite })
        {
            for (var i = 0; i < types.Length; i++)
            {
                // The handler Dapper's generated parameter code hands a null to, as DBNull.
#pragma warning disable CS0618
                SqlMapper.LookupDbType(types[i], "value", false, out var handler);
#pragma warning restore CS0618
                Assert.NotNull(handler);
                handler.SetValue(set[i], DBNull.Value);
            }
        }

        Assert.Equal([SqlDbType.DateTimeOffset, SqlDbType.UniqueIdentifier], sqlServer.Select(p => p.SqlDbType));
        Assert.All(sqlServer, p => Assert.Equal(DBNull.Value, p.Value));
        Assert.All(sqlite, p => Assert.Equal(DbType.String, p.DbType));
        Assert.All(sqlite, p => Assert.Equal(DBNull.Value, p.Value));
    }
}
