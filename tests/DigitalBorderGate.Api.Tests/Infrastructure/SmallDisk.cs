using System.Diagnostics;

namespace DigitalBorderGate.Api.Tests.Infrastructure;

/// <summary>A small tmpfs of its own (Linux, as root), to fill up the way a real disk fills.</summary>
public sealed class SmallDisk : IDisposable
{
    private readonly string filler;

    private SmallDisk(string folder)
    {
        Folder = folder;
        filler = Path.Combine(folder, "filler.bin");
    }

    public string Folder { get; }

    /// <summary>Why the drill cannot run on this machine; null when it can.</summary>
    public static string? Unavailable =>
        !OperatingSystem.IsLinux() ? "A tmpfs needs Linux."
        : !Environment.IsPrivilegedProcess ? "Mounting a tmpfs needs root; run the tests as root to include the full-disk drill."
        : null;

    public static SmallDisk Mount(int megabytes)
    {
        var folder = BorderGateApp.NewFolder();
        Directory.CreateDirectory(folder);
        Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m,mode=0700", "tmpfs", folder);
        return new SmallDisk(folder);
    }

    /// <summary>Writes until the disk refuses another byte.</summary>
    public void Fill()
    {
        using var stream = new FileStream(filler, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None);
        var block = new byte[64 * 1024];
        try
        {
            while (true)
            {
                stream.Write(block);
                stream.Flush();
            }
        }
        catch (IOException)
        {
            // No space left on the device: that is the point.
        }
        try
        {
            // The last partial blocks, byte by byte, so not even a page is left.
            while (true)
            {
                stream.WriteByte(0);
                stream.Flush();
            }
        }
        catch (IOException)
        {
        }
    }

    public void Free() => File.Delete(filler);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Run("umount", "-l", Folder);
        Directory.Delete(Folder, recursive: true);
    }

    private static void Run(string command, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} failed ({process.ExitCode}): {error}");
        }
    }
}

/// <summary>A drill that needs <see cref="SmallDisk"/>: skipped, saying why, where the machine cannot mount one.</summary>
public sealed class SmallDiskFactAttribute : FactAttribute
{
    public SmallDiskFactAttribute()
    {
        if (SmallDisk.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
