using GremlinQuad.Samples.Embedded;

// dotnet run --project samples/Embedded -- [CSV_FOLDER]   (default: samples/air-routes)
var folder = args.Length > 0 ? args[0] : FindSampleData();
if (!Directory.Exists(folder))
{
    Console.Error.WriteLine($"'{folder}' is not a folder; give the folder of Neptune CSV files (e.g. samples/air-routes).");
    return 2;
}
EmbeddedSample.Run(folder, Console.Out);
return 0;

static string FindSampleData()
{
    for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
    {
        var candidate = Path.Combine(directory.FullName, "samples", "air-routes");
        if (Directory.Exists(candidate))
            return candidate;
    }
    return Path.Combine("samples", "air-routes");
}
