namespace DigitalBorderGate.Api.Features.Declarations.Submit;

/// <summary>Every reference number of the Vietnamese day is taken; the unit of work that asked for one is rolled back.</summary>
internal sealed class DailyCapacityReachedException(DateOnly vietnamDate)
    : Exception($"All reference numbers of {vietnamDate:yyyy-MM-dd} (Vietnam) are issued.")
{
    public DateOnly VietnamDate { get; } = vietnamDate;
}
