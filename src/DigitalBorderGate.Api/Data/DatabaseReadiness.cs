namespace DigitalBorderGate.Api.Data;

/// <summary>Whether the database has been migrated and the reference data loaded; until then the API answers 503.</summary>
internal sealed class DatabaseReadiness
{
    private volatile bool ready;

    public bool IsReady => ready;

    public void MarkReady() => ready = true;
}
