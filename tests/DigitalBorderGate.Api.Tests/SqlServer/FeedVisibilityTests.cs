using DigitalBorderGate.Api.Data;

namespace DigitalBorderGate.Api.Tests.SqlServer;

public sealed class FeedVisibilityTests
{
    [Fact]
    public void On_sql_server_the_feed_waits_longer_than_any_unit_of_work_can_stay_uncommitted()
    {
        Assert.True(new SqlServerDialect().FeedVisibilityLag > Database.UnitOfWorkTimeout);
        Assert.Equal(TimeSpan.Zero, new SqliteDialect().FeedVisibilityLag);
    }
}
