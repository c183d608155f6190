namespace DigitalBorderGate.Api.Features.Units;

/// <summary>Reference data is dated: listings show the structure on <c>?on=</c>, today in Vietnam by default.</summary>
internal static class OnDate
{
    public static DateOnly Resolve(DateOnly? requested, TimeProvider clock) => requested ?? VietnamTime.DateOf(clock.GetUtcNow());
}
