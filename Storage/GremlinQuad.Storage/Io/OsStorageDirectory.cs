using System.Runtime.InteropServices;

namespace GremlinQuad.Storage.Io;

/// <summary>The data directory on the real file system: the only code that touches it (style.md §2).</summary>
internal sealed partial class OsStorageDirectory : IStorageDirectory
{
    public OsStorageDirectory(string path)
    {
        Location = Path.GetFullPath(path);
        Directory.CreateDirectory(Location);
    }

    public string Location { get; }

    public bool Exists(string name) => File.Exists(Path.Combine(Location, name));

    public IStorageFile Open(string name, bool create) => new OsStorageFile(Path.Combine(Location, name), create);

    public void Delete(string name) => File.Delete(Path.Combine(Location, name));

    public void Rename(string from, string to) => File.Move(Path.Combine(Location, from), Path.Combine(Location, to), overwrite: true);

    public IReadOnlyList<string> List(string prefix) =>
        [.. Directory.EnumerateFiles(Location, prefix + "*").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    public void Sync()
    {
        // Renames and new names are durable only once the directory itself is synced (POSIX); Windows
        // has no directory handle to sync and commits metadata with the file.
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD()) return;
        var fd = OpenDirectory(Location, 0 /* O_RDONLY */);
        if (fd < 0) throw new IOException($"Cannot open directory {Location} to sync it (errno {Marshal.GetLastPInvokeError()}).");
        try
        {
            if (FileSync(fd) != 0) throw new IOException($"fsync of directory {Location} failed (errno {Marshal.GetLastPInvokeError()}).");
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int OpenDirectory(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int FileSync(int fd);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
