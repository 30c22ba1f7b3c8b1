using GremlinQuad.Traversal.Loading.NeptuneCsv;

namespace GremlinQuad.Server.Loader;

/// <summary>
/// Turns a loader <c>source</c> into the CSV sources the engine loads: a local file, or a folder whose
/// files (recursively, hidden ones skipped) are all loaded, as Neptune loads every object under an S3
/// prefix. Accepts plain paths and <c>file://</c> URIs; S3 is refused with what to do instead.
/// </summary>
internal static class CsvSources
{
    public static IReadOnlyList<NeptuneCsvSource> List(string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        if (source.StartsWith("s3://", StringComparison.OrdinalIgnoreCase) || source.Contains(".amazonaws.com", StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"The source '{source}' is in Amazon S3; GremlinQuad loads local files. Copy the files first (aws s3 sync {source} ./data) and give the local folder as source.");
        var path = source.StartsWith("file://", StringComparison.OrdinalIgnoreCase) ? new Uri(source).LocalPath : source;
        if (File.Exists(path))
            return [new NeptuneCsvSource(Path.GetFileName(path), () => File.OpenRead(path))];
        if (!Directory.Exists(path))
            throw new ArgumentException($"The source '{source}' is neither a file nor a folder on the server; give the path of a CSV file or of a folder of vertex and edge files.");
        var root = Path.GetFullPath(path);
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(file => !Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
            throw new ArgumentException($"The folder '{source}' holds no files to load; put the vertex and edge CSV files in it.");
        return [.. files.Select(file => new NeptuneCsvSource(Path.GetRelativePath(root, file), () => File.OpenRead(file)))];
    }
}
