using System.Globalization;
using System.Text;

namespace GremlinQuad.Samples.Generate;

/// <summary>
/// Writes an airline-routes graph in Neptune's Gremlin CSV format, the same bytes for the same
/// arguments: countries, airports (typed columns: String, Int, Double, Date, a String[] list, and a
/// few multi-label "airport;hub" vertices) and two edge files, <c>contains</c> (country → airport) and
/// <c>route</c> (airport → airport, with a distance). Routes prefer big airports, as real ones do.
/// </summary>
public static class AirRoutesGenerator
{
    public const int DefaultAirports = 2000;
    public const int DefaultRoutes = 7000;
    public const int DefaultSeed = 2026;

    private static readonly string[] Syllables =
        ["ka", "lo", "mi", "ra", "to", "ve", "sa", "ni", "po", "lu", "de", "ba", "ko", "ri", "ta", "me", "no", "zu", "fe", "ga"];

    private static readonly string[] Continents = ["AF", "AS", "EU", "NA", "OC", "SA"];

    /// <summary>Writes <c>vertices.csv</c>, <c>edges-contains.csv</c> and <c>edges-routes.csv</c> into <paramref name="folder"/>.</summary>
    public static void Write(string folder, int airports = DefaultAirports, int routes = DefaultRoutes, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(airports, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(routes);
        Directory.CreateDirectory(folder);
        // System.Random with a seed is the same sequence on every platform and .NET version.
        var random = new Random(seed);
        var countries = Math.Max(1, airports / 20);
        var countryOf = new int[airports];
        var latitude = new double[airports];
        var longitude = new double[airports];

        using (var vertices = Create(Path.Combine(folder, "vertices.csv")))
        {
            vertices.Write("~id,~label,code:String,name:String,desc:String,continent:String,region:String,city:String,lat:Double,lon:Double,elev:Int,runways:Int(single),opened:Date,tags:String[]\n");
            for (var c = 0; c < countries; c++)
            {
                var name = Word(random, 2) + "land";
                vertices.Write($"c{c},country,{Code(c, 2)},{name},{name},{Continents[c % Continents.Length]},,,,,,,,\n");
            }
            for (var a = 0; a < airports; a++)
            {
                countryOf[a] = random.Next(countries);
                latitude[a] = Math.Round(random.NextDouble() * 140 - 70, 4);
                longitude[a] = Math.Round(random.NextDouble() * 360 - 180, 4);
                var city = Word(random, 2 + random.Next(2));
                var hub = a < airports / 50;
                var runways = hub ? 3 + random.Next(4) : 1 + random.Next(3);
                var opened = new DateOnly(1920, 1, 1).AddDays(random.Next(36_500));
                var tags = hub ? "international;hub" : random.Next(3) == 0 ? "international" : "regional";
                vertices.Write(string.Create(CultureInfo.InvariantCulture,
                    $"a{a},{(hub ? "airport;hub" : "airport")},{Code(a, 3)},{city} Airport,\"{city} Airport, {city}\",{Continents[countryOf[a] % Continents.Length]},R{countryOf[a]}-{random.Next(5)},{city},{latitude[a]},{longitude[a]},{random.Next(3000)},{runways},{opened:yyyy-MM-dd},\"{tags}\"\n"));
            }
        }

        using (var contains = Create(Path.Combine(folder, "edges-contains.csv")))
        {
            contains.Write("~id,~from,~to,~label\n");
            for (var a = 0; a < airports; a++)
                contains.Write($"k{a},c{countryOf[a]},a{a},contains\n");
        }

        using var edges = Create(Path.Combine(folder, "edges-routes.csv"));
        edges.Write("~id,~from,~to,~label,dist:Int\n");
        var seen = new HashSet<long>();
        for (var r = 0; r < routes; r++)
        {
            int from, to;
            do
            {
                // Squaring a uniform draw skews towards low ids: the hubs get most routes.
                from = (int)(Math.Pow(random.NextDouble(), 2) * airports);
                to = (int)(Math.Pow(random.NextDouble(), 2) * airports);
            }
            while (from == to || !seen.Add(((long)from << 32) | (uint)to));
            edges.Write(string.Create(CultureInfo.InvariantCulture, $"r{r},a{from},a{to},route,{Distance(latitude, longitude, from, to)}\n"));
        }
    }

    /// <summary>Great-circle distance in kilometres, rounded.</summary>
    private static int Distance(double[] latitude, double[] longitude, int a, int b)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(latitude[b] - latitude[a]);
        var dLon = Radians(longitude[b] - longitude[a]);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Radians(latitude[a])) * Math.Cos(Radians(latitude[b])) * Math.Pow(Math.Sin(dLon / 2), 2);
        return (int)Math.Round(2 * 6371 * Math.Asin(Math.Min(1, Math.Sqrt(h))));
    }

    private static string Word(Random random, int syllables)
    {
        var text = new StringBuilder();
        for (var i = 0; i < syllables; i++)
            text.Append(Syllables[random.Next(Syllables.Length)]);
        text[0] = char.ToUpperInvariant(text[0]);
        return text.ToString();
    }

    /// <summary>A unique upper-case code for index <paramref name="n"/> (AAA, AAB, ...).</summary>
    private static string Code(int n, int letters)
    {
        var code = new char[letters];
        for (var i = letters - 1; i >= 0; i--)
        {
            code[i] = (char)('A' + n % 26);
            n /= 26;
        }
        return new string(code);
    }

    /// <summary>UTF-8 without a byte-order mark, '\n' line ends: the same bytes on every platform.</summary>
    private static StreamWriter Create(string path) => new(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
