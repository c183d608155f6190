using DigitalBorderGate.Api.Hosting;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.Choose(args) });
builder.AddBorderGate();

var app = builder.Build();
app.UseBorderGate();
// The first attempt runs before the server listens; if the database is away, the API starts anyway (live, not
// ready) and the initializer keeps trying in the background.
await app.Services.GetRequiredService<DatabaseInitializer>().TryInitializeAsync(app.Lifetime.ApplicationStopping);
await app.RunAsync();

/// <summary>The API host; public so that tests can start it with WebApplicationFactory.</summary>
public partial class Program;
