using DigitalBorderGate.Client;
using Microsoft.Data.Sqlite;

namespace DigitalBorderGate.Api.Tests.Hardening;

/// <summary>The embedded database, its write-ahead files and the key ring are readable by the account that runs the API only.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FilePermissionTests : IDisposable
{
    private const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode File = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly string root = BorderGateApp.NewFolder();

    private string DataFolder => Path.Combine(root, "data");

    private string DatabaseFile => Path.Combine(DataFolder, "bordergate.db");

    private BorderGateApp Start() =>
        new(null, root, new Dictionary<string, string?> { ["ConnectionStrings:BorderGate"] = $"Data Source={DatabaseFile}" });

    private static string Mode(string path) => Octal(System.IO.File.GetUnixFileMode(path));

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode, 8);

    [UnixFact]
    public async Task A_new_database_its_write_ahead_files_and_the_key_ring_are_owner_only()
    {
        using (var app = Start())
        {
            var webhook = await app.Client(DemoKey.DeclarantA).RegisterWebhookAsync(new RegisterWebhookRequest
            {
                Url = new Uri("http://127.0.0.1:9/hook"),
                Events = [DeclarationEventType.Declaration_submitted],
            });
            Assert.NotEqual(Guid.Empty, webhook.Id);

            Assert.Equal(Octal(Folder), Mode(DataFolder));
            await AssertDatabaseFilesAreOwnerOnlyAsync();
            var keys = Path.Combine(DataFolder, "keys");
            Assert.Equal(Octal(Folder), Mode(keys));
            Assert.All(Directory.GetFiles(keys), key => Assert.Equal(Octal(File), Mode(key)));
            Assert.NotEmpty(Directory.GetFiles(keys));
        }
    }

    [UnixFact]
    public async Task A_database_file_left_readable_by_others_is_narrowed_at_start()
    {
        Directory.CreateDirectory(DataFolder);
        await using (var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False"))
        {
            await connection.OpenAsync();
        }
        System.IO.File.SetUnixFileMode(DatabaseFile, File | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        using var app = Start();
        await app.Client(DemoKey.DeclarantA).SubmitDeclarationAsync(Drafts.Valid());

        await AssertDatabaseFilesAreOwnerOnlyAsync();
    }

    /// <summary>
    /// SQLite removes the write-ahead files when the last connection closes, and other tests clear every pool of the
    /// process: a connection of the test's own keeps them in place while their modes are read.
    /// </summary>
    private async Task AssertDatabaseFilesAreOwnerOnlyAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Pooling=False");
        await connection.OpenAsync();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master";
            await command.ExecuteScalarAsync();
        }
        Assert.All(new[] { DatabaseFile, DatabaseFile + "-wal", DatabaseFile + "-shm" }, file => Assert.Equal(Octal(File), Mode(file)));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }
}

/// <summary>A test of Unix file modes: Windows has access lists instead, so there is nothing of this kind to check.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Unix file modes do not exist on Windows; the folder's inherited access list applies there.";
        }
    }
}
