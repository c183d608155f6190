namespace DigitalBorderGate.Api.Features.Declarations.Pass;

/// <summary>The <c>BorderGate:Passes</c> section.</summary>
internal sealed class PassOptions
{
    public const string Section = "BorderGate:Passes";

    /// <summary>
    /// The key that signs pass codes: base64 of at least 32 random bytes, the same on every instance, set from the
    /// environment or a secret store (BorderGate__Passes__SigningKey), never in a file in the repository. Without
    /// it each start makes a key of its own, and the passes it printed stop verifying at the next restart.
    /// </summary>
    public string? SigningKey { get; set; }
}
