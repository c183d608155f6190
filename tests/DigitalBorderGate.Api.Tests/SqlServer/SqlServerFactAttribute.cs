namespace DigitalBorderGate.Api.Tests.SqlServer;

/// <summary>A test that needs a SQL Server: skipped, and saying how to run it, unless one is named.</summary>
public sealed class SqlServerFactAttribute : FactAttribute
{
    public const string Variable = "BORDERGATE_TEST_SQLSERVER";

    public SqlServerFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            Skip = $"No SQL Server here: set {Variable} to a connection string whose login may create databases " +
                "(e.g. \"Server=localhost;User ID=sa;Password=…;TrustServerCertificate=True\") to run this test against it.";
        }
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable);
}
