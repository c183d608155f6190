namespace DigitalBorderGate.Api.Features.Declarations;

/// <summary>
/// An endpoint that answers with one declaration. A declaration always leaves with its ETag, and a write's result
/// becomes a response here only, one case each.
/// </summary>
internal abstract class DeclarationEndpoint<TRequest> : Endpoint<TRequest, DeclarationResponse>
    where TRequest : notnull
{
    /// <summary>The declaration as it now stands, with its ETag and the actions the caller may take next.</summary>
    protected Task SendDeclarationAsync(DeclarationRecord declaration, CancellationToken ct)
    {
        HttpContext.Response.Headers.ETag = IfMatch.ETagOf(declaration.Version);
        var allowed = DeclarationActors.AllowedActions(Auth.ApiPrincipal.From(User), declaration, Resolve<Data.ReferenceData.ReferenceDataCatalog>().Current);
        return Send.OkAsync(declaration.ToResponse() with { AllowedActions = allowed }, ct);
    }

    /// <summary>A declaration read through <see cref="RenderedDeclarations"/>: the same answer, from bytes rendered once per version.</summary>
    protected Task SendDeclarationAsync(RenderedDeclaration declaration, CancellationToken ct)
    {
        HttpContext.Response.Headers.ETag = IfMatch.ETagOf(declaration.Record.Version);
        var allowed = DeclarationActors.AllowedActions(Auth.ApiPrincipal.From(User), declaration.Record, Resolve<Data.ReferenceData.ReferenceDataCatalog>().Current);
        var body = declaration.BodyFor(allowed);
        HttpContext.Response.StatusCode = StatusCodes.Status200OK;
        HttpContext.Response.ContentType = "application/json; charset=utf-8";
        HttpContext.Response.ContentLength = body.Length;
        return HttpContext.Response.Body.WriteAsync(body, ct).AsTask();
    }

    /// <param name="forbidden">Who may make this change, said to a caller who may see the declaration but not change it.</param>
    protected Task SendAsync(DeclarationWriteResult result, Refusal forbidden, CancellationToken ct) => result switch
    {
        DeclarationWriteResult.Done done => SendDeclarationAsync(done.Declaration, ct),
        DeclarationWriteResult.Hidden => Refusals.DeclarationNotFound.WriteAsync(HttpContext),
        DeclarationWriteResult.Forbidden => forbidden.WriteAsync(HttpContext),
        DeclarationWriteResult.Stale stale => Refusals.Stale(stale.CurrentVersion).WriteAsync(HttpContext),
        DeclarationWriteResult.NotPermitted notPermitted => Refusals.RoleNeverTakes(notPermitted.Action).WriteAsync(HttpContext),
        DeclarationWriteResult.NotAllowed notAllowed => Problem.WriteAsync(HttpContext,
            Refusals.ActionNotAllowed(notAllowed.Action, notAllowed.AllowedActions).Create(HttpContext) with { AllowedActions = notAllowed.AllowedActions }),
        DeclarationWriteResult.Refused refused => Problem.WriteAsync(HttpContext, Problem.ForErrors(HttpContext, ProblemKind.BusinessRule, refused.Reasons)),
        _ => throw new InvalidOperationException($"No response for {result.GetType().Name}."),
    };
}
