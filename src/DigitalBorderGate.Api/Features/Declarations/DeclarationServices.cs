namespace DigitalBorderGate.Api.Features.Declarations;

public static class DeclarationServices
{
    public static IServiceCollection AddDeclarations(this IServiceCollection services) => services
        .AddSingleton<DeclarationIntake>()
        .AddSingleton<DeclarationWriter>();
}
