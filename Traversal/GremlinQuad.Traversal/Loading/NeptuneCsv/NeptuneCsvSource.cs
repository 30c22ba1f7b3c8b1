namespace GremlinQuad.Traversal.Loading.NeptuneCsv;

/// <summary>
/// One CSV source to load: a name (reported in errors, and used to order sources) and a way to open it.
/// The engine never touches the file system (style.md §1): the host lists a folder and opens its files.
/// </summary>
/// <param name="Name">The name errors report, e.g. the file's path relative to the load's source.</param>
/// <param name="Open">Opens the UTF-8 content; called at most twice (the header, then the records), each stream disposed by the loader.</param>
public sealed record NeptuneCsvSource(string Name, Func<Stream> Open)
{
    /// <summary>A source over text held in memory (tests, small inline loads).</summary>
    public static NeptuneCsvSource FromText(string name, string text) =>
        new(name, () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text), writable: false));
}
