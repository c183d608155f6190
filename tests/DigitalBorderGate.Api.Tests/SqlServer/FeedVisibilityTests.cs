using DigitalBorderGate.Api.Data;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DigitalBorderGate.Api.Tests.SqlServer;

/// <summary>
/// The change feed's rule on SQL Server, checked without a server: the query parses as T-SQL, takes its horizon from
/// MIN_ACTIVE_ROWVERSION() in a statement before the SELECT, and reads below it in rowversion order.
/// </summary>
public sealed class FeedVisibilityTests
{
    private const string Audience = "unit_code IN (@AudienceUnits0, @AudienceUnits1)";

    [Fact]
    public void On_sql_server_the_feed_reads_in_rowversion_order_below_the_lowest_active_rowversion()
    {
        var batch = Assert.Single(TSql.ShouldParse(new SqlServerDialect().ChangeFeed(Audience)));

        Assert.Collection(batch.Statements,
            horizon => Assert.Contains("MIN_ACTIVE_ROWVERSION", Text(horizon), StringComparison.OrdinalIgnoreCase),
            cursor => Assert.IsType<DeclareVariableStatement>(cursor),
            read =>
            {
                var query = (QuerySpecification)Assert.IsType<SelectStatement>(read).QueryExpression;
                Assert.Equal("row_version", ((ColumnReferenceExpression)((ExpressionWithSortOrder)query.OrderByClause.OrderByElements.Single()).Expression)
                    .MultiPartIdentifier.Identifiers.Single().Value);
                Assert.NotNull(query.OffsetClause);
                Assert.Contains("row_version < @Horizon", Text(query.WhereClause));
                Assert.Contains(Audience, Text(query.WhereClause));
            });
        Assert.True(new SqlServerDialect().FeedShowsEventsLate);
    }

    [Fact]
    public void On_sqlite_the_feed_reads_in_id_order_at_once()
    {
        var sql = new SqliteDialect().ChangeFeed(Audience);

        Assert.Contains("id > @After ORDER BY id LIMIT @Take", sql);
        Assert.False(new SqliteDialect().FeedShowsEventsLate);
    }

    private static string Text(TSqlFragment fragment) =>
        string.Concat(Enumerable.Range(fragment.FirstTokenIndex, fragment.LastTokenIndex - fragment.FirstTokenIndex + 1).Select(i => fragment.ScriptTokenStream[i].Text));
}
