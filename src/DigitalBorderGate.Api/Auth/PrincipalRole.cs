namespace DigitalBorderGate.Api.Auth;

internal enum PrincipalRole { Declarant, Officer, Admin }

internal static class Roles
{
    public const string Declarant = "declarant";
    public const string Officer = "officer";
    public const string Admin = "admin";

    public static string Name(PrincipalRole role) => role switch
    {
        PrincipalRole.Declarant => Declarant,
        PrincipalRole.Officer => Officer,
        _ => Admin,
    };

    public static PrincipalRole? Parse(string? name) => name switch
    {
        Declarant => PrincipalRole.Declarant,
        Officer => PrincipalRole.Officer,
        Admin => PrincipalRole.Admin,
        _ => null,
    };
}
