namespace DigitalBorderGate.Bench;

/// <summary>The ceiling of any endpoint on this machine: Kestrel answering a fixed JSON body, no middleware.</summary>
internal static class BareKestrel
{
    private static readonly byte[] Body = """[{"code":"HUU_NGHI","name":"Cửa khẩu quốc tế Hữu Nghị","province":"Lạng Sơn"}]"""u8.ToArray();

    public static async Task<int> RunAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.MapGet("/fixed", async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(Body);
        });
        await app.RunAsync();
        return 0;
    }
}
