namespace DigitalBorderGate.Domain.Statistics;

/// <summary>A stretch of a truck's passage through the gate, named by the statuses that start and end it.</summary>
public enum DwellStage
{
    SubmittedToAtGate,
    AtGateToInYard,
    InYardToCleared,
    ClearedToExited,

    // Submitted to exited: the whole passage, holds and inspections included.
    WholeTrip,
}
