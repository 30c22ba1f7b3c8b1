namespace GremlinQuad.Storage.Io;

/// <summary>The data directory: named files, atomic rename, and a way to make names durable.</summary>
internal interface IStorageDirectory
{
    /// <summary>Where the files are, for error messages.</summary>
    string Location { get; }

    bool Exists(string name);

    /// <summary>Opens a file for reading and writing, creating it when <paramref name="create"/> is set.</summary>
    IStorageFile Open(string name, bool create);

    void Delete(string name);

    /// <summary>Atomically replaces <paramref name="to"/> with <paramref name="from"/>.</summary>
    void Rename(string from, string to);

    /// <summary>fsync on the directory: creations, renames and deletions are durable when this returns.</summary>
    void Sync();

    /// <summary>Names of the files whose names start with <paramref name="prefix"/>.</summary>
    IReadOnlyList<string> List(string prefix);
}
