namespace DigitalBorderGate.Api.Tests.Hardening;

public sealed class LoggingTests
{
    [Fact]
    public async Task Logs_carry_the_trace_id_of_the_response_and_never_a_key_secret_or_identity_number()
    {
        using var app = new BorderGateApp();
        const string identityNumber = "079123456789";
        var draft = Drafts.Valid();
        draft.Vehicle!.Driver!.IdentityNumber = identityNumber;
        await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(draft);
        draft.Vehicle.PlateNumber = "not a plate";
        var problem = await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(draft).ShouldFailWithAsync(HttpStatusCode.BadRequest);
        await app.ClientWithKey("dbg_a_wrong_secret_that_must_not_be_logged").GetAsync("/api/v1/units");

        var logs = app.Logs.Lines.ToList();
        var traceId = problem.TraceId;
        Assert.Contains(logs, line => line.Contains(traceId) && line.Contains("answered 400"));
        Assert.DoesNotContain(logs, line => line.Contains(DemoKey.DeclarantA.Secret));
        Assert.DoesNotContain(logs, line => line.Contains("dbg_a_wrong_secret_that_must_not_be_logged"));
        Assert.DoesNotContain(logs, line => line.Contains(identityNumber));
    }
}
