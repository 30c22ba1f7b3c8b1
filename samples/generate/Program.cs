using System.Globalization;
using GremlinQuad.Samples.Generate;

// dotnet run --project samples/generate -- [OUT_DIR] [--airports N] [--routes N] [--seed N]
var folder = Path.Combine("samples", "air-routes");
var airports = AirRoutesGenerator.DefaultAirports;
var routes = AirRoutesGenerator.DefaultRoutes;
var seed = AirRoutesGenerator.DefaultSeed;
for (var i = 0; i < args.Length; i++)
{
    int Next(string name) => i + 1 < args.Length && int.TryParse(args[++i], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
        ? value
        : throw new ArgumentException($"{name} needs a whole number, e.g. {name} 1000.");
    switch (args[i])
    {
        case "--airports": airports = Next("--airports"); break;
        case "--routes": routes = Next("--routes"); break;
        case "--seed": seed = Next("--seed"); break;
        case var other when !other.StartsWith('-'): folder = other; break;
        default:
            Console.Error.WriteLine($"unknown option {args[i]}; usage: generate [OUT_DIR] [--airports N] [--routes N] [--seed N]");
            return 2;
    }
}
if (routes > (long)airports * (airports - 1) / 2)
{
    Console.Error.WriteLine($"--routes {routes} is more than {airports} airports can have without repeating a route; give fewer routes or more airports.");
    return 2;
}
AirRoutesGenerator.Write(folder, airports, routes, seed);
Console.WriteLine($"wrote {airports} airports, {Math.Max(1, airports / 20)} countries, {routes} routes and {airports} contains edges to {Path.GetFullPath(folder)}");
return 0;
