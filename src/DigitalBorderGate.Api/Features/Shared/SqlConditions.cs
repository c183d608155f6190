namespace DigitalBorderGate.Api.Features.Shared;

/// <summary>A WHERE clause built from optional filters, with its parameters; values are always parameters, never text.</summary>
internal sealed class SqlConditions
{
    private readonly List<string> conditions = [];

    public DynamicParameters Parameters { get; } = new();

    public SqlConditions Add(string condition)
    {
        conditions.Add(condition);
        return this;
    }

    public SqlConditions Add(string condition, string name, object? value)
    {
        conditions.Add(condition);
        Parameters.Add(name, value);
        return this;
    }

    /// <summary>Adds the condition only when the filter was given.</summary>
    public SqlConditions AddIf(bool given, string condition, string name, Func<object?> value) => given ? Add(condition, name, value()) : this;

    /// <summary>Rows after the cursor in the order (<paramref name="timeColumn"/>, id), ascending or descending.</summary>
    public SqlConditions After(KeysetCursor? cursor, string timeColumn, bool descending)
    {
        if (cursor is not { } position)
        {
            return this;
        }
        var comparison = descending ? "<" : ">";
        Parameters.Add("AfterAt", position.At);
        Parameters.Add("AfterId", position.Id);
        return Add($"({timeColumn} {comparison} @AfterAt OR ({timeColumn} = @AfterAt AND id {comparison} @AfterId))");
    }

    public override string ToString() => conditions.Count == 0 ? "1 = 1" : string.Join(" AND ", conditions);
}
