using System.Text.RegularExpressions;
using DigitalBorderGate.Api.Tests.Contract;
using DigitalBorderGate.Client;

namespace DigitalBorderGate.Api.Tests.Features.Declarations;

/// <summary>
/// Reads reuse a declaration rendered earlier only while its stored version is unchanged: a change made by another
/// instance on the same database is read at once, on one declaration and in a queue.
/// </summary>
public sealed class RenderedDeclarationsTests
{
    public static TheoryData<int> CacheSizes => [4096, 0];

    [Theory]
    [MemberData(nameof(CacheSizes))]
    public async Task A_change_made_by_another_instance_is_read_at_once(int cacheEntries)
    {
        using var here = BorderGateApp.With(new Dictionary<string, string?> { ["BorderGate:Declarations:RenderedCacheEntries"] = $"{cacheEntries}" });
        using var there = new BorderGateApp(null, here.Folder);
        there.Clock.SetUtcNow(here.Clock.GetUtcNow());
        var id = (await here.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid())).Id;
        var officer = here.Client(DemoKey.HuuNghiOfficer);
        Assert.Equal(DeclarationStatus.Submitted, (await officer.GetDeclarationAsync(id)).Status);
        Assert.Equal(DeclarationStatus.Submitted, (await officer.GetUnitQueueAsync("HUU_NGHI")).Items.Single(item => item.Id == id).Status);

        await there.Client(DemoKey.HuuNghiOfficer).ActAsync(id, "confirmArrival");

        var read = await officer.GetDeclarationAsync(id);
        Assert.Equal((DeclarationStatus.AtGate, 2), (read.Status, read.Version));
        Assert.Equal(["confirmYardEntry", "hold", "reject", "turnBack"], read.AllowedActions);
        var queued = (await officer.GetUnitQueueAsync("HUU_NGHI")).Items.Single(item => item.Id == id);
        Assert.Equal((DeclarationStatus.AtGate, 2), (queued.Status, queued.Version));
    }

    [Fact]
    public async Task One_rendering_serves_each_caller_its_own_allowed_actions()
    {
        using var app = new BorderGateApp();
        var id = (await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid())).Id;

        for (var round = 0; round < 2; round++)
        {
            Assert.Equal(["confirmArrival", "hold", "reject"], (await app.Client(DemoKey.HuuNghiOfficer).GetDeclarationAsync(id)).AllowedActions);
            Assert.Equal(["cancel", "linkCustomsDeclaration"], (await app.Client(DemoKey.DeclarantA).GetDeclarationAsync(id)).AllowedActions);
            Assert.Empty((await app.Client(DemoKey.BranchOfficer).GetDeclarationAsync(id)).AllowedActions!);
        }
        await app.Client(DemoKey.DeclarantB).GetDeclarationAsync(id).ShouldFailWithAsync(HttpStatusCode.NotFound);
    }

    /// <summary>The rule the cache stands on: no statement changes a declaration's row without moving its version.</summary>
    [Fact]
    public void Every_update_of_a_declaration_moves_its_version()
    {
        var source = Path.Combine(ContractFiles.Root, "src", "DigitalBorderGate.Api");
        var updates = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => Regex.Matches(File.ReadAllText(file), @"UPDATE\s+declarations\s+SET\s.*?WHERE", RegexOptions.Singleline)
                .Select(match => (File: Path.GetFileName(file), Statement: match.Value)))
            .ToList();

        Assert.NotEmpty(updates);
        Assert.All(updates, update => Assert.Matches(@"version\s*=\s*version\s*\+\s*1", update.Statement));
    }
}
