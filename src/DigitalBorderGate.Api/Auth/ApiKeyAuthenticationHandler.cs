using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace DigitalBorderGate.Api.Auth;

/// <summary>Authenticates the <c>X-Api-Key</c> header against the stored key hashes; answers 401/403 as problem details.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    private const int MaxKeyLength = 200;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || values.Count == 0 || string.IsNullOrWhiteSpace(values[0]))
        {
            return AuthenticateResult.NoResult();
        }
        var secret = values[0]!.Trim();
        if (values.Count > 1 || secret.Length > MaxKeyLength)
        {
            return AuthenticateResult.Fail("Malformed API key.");
        }
        if (await keys.AuthenticateAsync(secret, Context.RequestAborted) is not { } principal)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }
        await keys.RecordUseAsync(principal.KeyId, Context.RequestAborted);
        return AuthenticateResult.Success(new AuthenticationTicket(principal.ToClaimsPrincipal(SchemeName), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var refusal = Request.Headers.ContainsKey(HeaderName) ? Refusals.KeyUnknown : Refusals.KeyMissing;
        return refusal.WriteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Refusals.RoleForbidden.WriteAsync(Context);
}
