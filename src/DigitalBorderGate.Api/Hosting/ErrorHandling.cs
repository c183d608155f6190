using DigitalBorderGate.Api.Data;
using DigitalBorderGate.Api.Problems;
using FastEndpoints;
using FluentValidation.Results;
using Microsoft.AspNetCore.Diagnostics;

namespace DigitalBorderGate.Api.Hosting;

/// <summary>Every error leaves as problem details: framework failures, binding failures and unexpected exceptions alike.</summary>
public static class ErrorHandling
{
    /// <summary>FastEndpoints' own failures (unreadable JSON, a query value of the wrong type) in the contract's shape.</summary>
    public static void Configure(Config config)
    {
        config.Errors.ContentType = Problem.ContentType;
        config.Errors.ResponseBuilder = (failures, context, status) =>
            Problem.ForErrors(context, status == 400 ? ProblemKind.MalformedRequest : ProblemKind.ForStatus(status),
                failures.Select(ToProblemError).ToList());
        EnumQueryBinding.Configure(config.Binding);
        // An empty body reads as {}: actions addressed by their route alone (a redelivery) work whether or not a
        // client sends an empty JSON body, and an empty submission gets field-by-field "required" errors.
        config.Serializer.RequestDeserializer = async (request, type, _, cancellationToken) => request.ContentLength == 0
            ? System.Text.Json.JsonSerializer.Deserialize("{}", type, config.Serializer.Options)
            : await System.Text.Json.JsonSerializer.DeserializeAsync(request.Body, type, config.Serializer.Options, cancellationToken);
        config.Binding.JsonExceptionTransformer = exception => new ValidationFailure(JsonPointer.FromJsonPath(exception.Path), "")
        {
            ErrorCode = "body.malformed",
        };
    }

    private static ProblemError ToProblemError(ValidationFailure failure) => failure.ErrorCode switch
    {
        "body.malformed" when failure.PropertyName.Length == 0 => Refusals.BodyNotAnObject,
        "body.malformed" => Refusals.BodyValueInvalid(failure.PropertyName),
        _ => Refusals.ValueUnreadable(JsonPointer.Camel(failure.PropertyName)),
    };

    /// <summary>The last line of defence: log with the trace id, answer a generic problem, reveal nothing.</summary>
    public static void UseProblemExceptionHandler(this WebApplication app)
    {
        var handler = ((IApplicationBuilder)app).New();
        handler.Run(async context =>
        {
            var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            if (DatabaseOutage.Caused(exception))
            {
                // The unit of work was rolled back and retried already; the client should come back, not report a
                // bug. The outage is logged once, when it begins, not once per request.
                context.RequestServices.GetRequiredService<DatabaseOutageLog>().RequestRefused(exception!);
                await Middleware.ReadinessGate.Unavailable(context);
                return;
            }
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("DigitalBorderGate.Errors")
                .LogError(exception, "Unhandled error on {Method} {Path}, trace {TraceId}", context.Request.Method, context.Request.Path, Problem.TraceId(context));
            await Refusals.Internal.WriteAsync(context);
        });
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = handler.Build(),
            // ASP.NET Core logs every exception it hands to the handler as an unhandled error with its stack trace;
            // a database outage is expected and logged by DatabaseOutageLog instead, and a bad request is the client's.
            SuppressDiagnosticsCallback = diagnostics => DatabaseOutage.Caused(diagnostics.Exception) || diagnostics.Exception is BadHttpRequestException,
        });

        // A request Kestrel could not read (too large, cut off) is the client's fault, not an error of ours: answer
        // it here, before the exception handler logs it as one.
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (BadHttpRequestException badRequest) when (!context.Response.HasStarted)
            {
                await Refusals.Unreadable(ProblemKind.ForStatus(badRequest.StatusCode)).WriteAsync(context);
            }
        });
    }

    /// <summary>404/405 and other bodiless framework statuses get a problem body too.</summary>
    public static void UseProblemStatusPages(this WebApplication app) =>
        app.UseStatusCodePages(async statusContext =>
        {
            var context = statusContext.HttpContext;
            await Refusals.Status(ProblemKind.ForStatus(context.Response.StatusCode)).WriteAsync(context);
        });
}
