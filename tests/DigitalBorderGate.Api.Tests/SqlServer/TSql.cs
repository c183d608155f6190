using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DigitalBorderGate.Api.Tests.SqlServer;

/// <summary>SQL Server's own parser (SQL Server 2022 syntax), run without a server.</summary>
public static class TSql
{
    public static IReadOnlyList<ParseError> Parse(string sql, out TSqlFragment fragment)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        fragment = parser.Parse(reader, out var errors);
        return errors.ToList();
    }

    /// <summary>Asserts the text is valid T-SQL and returns its batches.</summary>
    public static IReadOnlyList<TSqlBatch> ShouldParse(string sql, string? name = null)
    {
        var errors = Parse(sql, out var fragment);
        Assert.True(errors.Count == 0,
            $"{name ?? "Statement"} does not parse as T-SQL:\n{string.Join("\n", errors.Select(e => $"  line {e.Line}, column {e.Column}: {e.Message}"))}\n---\n{sql}");
        return [.. ((TSqlScript)fragment).Batches];
    }
}
