namespace GremlinQuad.Benchmarks.Generators;

/// <summary>
/// Graph500-style R-MAT edges: each edge picks its quadrant 'scale' times with probabilities
/// a, b, c and d = 1 - a - b - c, so degrees follow a power law. Deterministic for a seed.
/// </summary>
internal sealed class RmatGenerator(int scale, int edgeFactor = 16, int seed = 42, double a = 0.57, double b = 0.19, double c = 0.19)
{
    public int VertexCount => 1 << scale;

    public long EdgeCount => (long)edgeFactor << scale;

    /// <summary>Edges as (source, target) vertex numbers in [0, VertexCount). Self loops and repeats are kept, as Graph500 does.</summary>
    public IEnumerable<(int Source, int Target)> Edges()
    {
        var random = new Random(seed);
        for (var i = 0L; i < EdgeCount; i++)
        {
            int source = 0, target = 0;
            for (var bit = 0; bit < scale; bit++)
            {
                var draw = random.NextDouble();
                var down = draw >= a + b;                     // quadrants c and d: lower half
                var right = draw >= a && draw < a + b || draw >= a + b + c;  // quadrants b and d: right half
                if (down) source |= 1 << bit;
                if (right) target |= 1 << bit;
            }
            yield return (source, target);
        }
    }
}
