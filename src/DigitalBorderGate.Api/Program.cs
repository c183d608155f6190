using DigitalBorderGate.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddBorderGate();

var app = builder.Build();
app.UseBorderGate();
await app.Services.GetRequiredService<StartupTasks>().RunAsync(app.Lifetime.ApplicationStopping);
await app.RunAsync();

/// <summary>The API host; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
