namespace DigitalBorderGate.Api.Hosting;

/// <summary>
/// Folders and files only the account running the API may read: 0700 folders, 0600 files. On Windows the folder's
/// inherited access list applies instead (Unix modes do not exist there).
/// </summary>
internal static class OwnerOnlyFiles
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>
    /// Creates the folder (and missing parents) owner-only. A folder that exists already keeps its mode: it may be
    /// shared with others (say <c>/tmp</c>), and is the operator's to set.
    /// </summary>
    public static void CreateFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }
        // Directory.CreateDirectory gives the mode to the last folder only; missing parents are made one by one.
        var missing = new Stack<string>();
        for (var path = Path.GetFullPath(folder); !Directory.Exists(path); path = Path.GetDirectoryName(path)!)
        {
            missing.Push(path);
        }
        while (missing.TryPop(out var path))
        {
            Directory.CreateDirectory(path, FolderMode);
        }
    }

    /// <summary>
    /// Makes an SQLite database file owner-only, creating it empty (which SQLite reads as a new database) when it does
    /// not exist yet, so it is never readable by others, not even for a moment. SQLite creates its -wal and -shm files
    /// with the main file's mode; those left by an earlier run are narrowed too.
    /// </summary>
    public static void SecureDatabaseFile(string file)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        try
        {
            using (new FileStream(file, new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = FileMode }))
            {
            }
        }
        catch (IOException) when (File.Exists(file))
        {
            // There already: narrowed below.
        }
        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
        {
            if (File.Exists(path) && (File.GetUnixFileMode(path) & ~FileMode) != 0)
            {
                File.SetUnixFileMode(path, FileMode);
            }
        }
    }
}
