namespace DigitalBorderGate.Api.Features.Declarations;

internal static class DeclarationServices
{
    public static IServiceCollection AddDeclarations(this IServiceCollection services) => services
        .AddSingleton<DeclarationIntake>()
        .AddSingleton<DeclarationWriter>();
}
