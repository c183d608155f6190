namespace DigitalBorderGate.Domain.Reference;

// Reference data is dated by whole days: From and To are both inclusive, and a missing To means "until further notice".
internal static class ValidityPeriod
{
    public static bool Covers(DateOnly from, DateOnly? to, DateOnly date) =>
        from <= date && (to is null || date <= to.Value);

    public static bool Overlap(DateOnly fromA, DateOnly? toA, DateOnly fromB, DateOnly? toB) =>
        fromA <= (toB ?? DateOnly.MaxValue) && fromB <= (toA ?? DateOnly.MaxValue);
}
