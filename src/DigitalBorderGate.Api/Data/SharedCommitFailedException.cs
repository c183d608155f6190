namespace DigitalBorderGate.Api.Data;

/// <summary>
/// The transaction a unit of work shared with others was lost before it committed, through no fault of this unit:
/// nothing of it was written, and running it again is safe.
/// </summary>
internal sealed class SharedCommitFailedException(Exception cause)
    : Exception("The shared transaction was rolled back before it committed; the unit of work can run again.", cause);
