namespace DigitalBorderGate.Domain.Tests.Validation;

public class LoadStateTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("empty")]
    [InlineData(" EMPTY ")]
    public void An_empty_truck_is_declared_without_goods(string? goodsMarker)
    {
        var draft = Drafts.Valid() with { LoadState = goodsMarker ?? "empty", Goods = goodsMarker is null ? null : [] };

        var outcome = Drafts.Validate(draft);

        Assert.True(outcome.IsValid, string.Join("; ", outcome.Failures()));
        Assert.Equal(LoadState.Empty, outcome.Content.LoadState);
        Assert.Empty(outcome.Content.Goods);
        Assert.Equal(0m, outcome.Content.TotalGrossWeightKg);
    }

    [Fact]
    public void A_truck_declared_empty_may_not_list_goods() =>
        Assert.Equal(
            [("/goods", ErrorCodes.GoodsNotAllowedWhenEmpty)],
            Drafts.Validate(Drafts.Valid() with { LoadState = "empty" }).Failures());

    [Theory]
    [InlineData(null)]
    [InlineData("laden")]
    [InlineData("Laden")]
    public void A_laden_truck_is_the_default_and_needs_goods(string? loadState)
    {
        var laden = Drafts.Validate(Drafts.Valid() with { LoadState = loadState });
        var withoutGoods = Drafts.Validate(Drafts.Valid() with { LoadState = loadState, Goods = [] });

        Assert.Equal(LoadState.Laden, laden.Content!.LoadState);
        Assert.Equal([("/goods", ErrorCodes.GoodsRequired)], withoutGoods.Failures());
        Assert.Contains("\"empty\"", withoutGoods.Errors[0].MessageVi, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("full")]
    [InlineData("khong hang")]
    public void Another_load_state_is_invalid_and_the_goods_are_still_checked(string loadState) =>
        Assert.Equal(
            new[] { ("/loadState", ErrorCodes.LoadStateInvalid), ("/goods/0/grossWeightKg", ErrorCodes.NumberNotPositive) },
            Drafts.Validate(Drafts.Valid() with { LoadState = loadState, Goods = [new GoodsGroupDraft("105123456780", 0m, null)] }).Failures());
}
