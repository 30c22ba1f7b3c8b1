using GremlinQuad.Gremlin.Language;
using GremlinQuad.Gremlin.Structure;

namespace GremlinQuad.Gremlin;

/// <summary>
/// A traversal strategy as data: its simple class name (<c>SeedStrategy</c>) and configuration
/// (<c>seed: 999999</c>). A bare class reference, as in <c>withoutStrategies(ReadOnlyStrategy)</c>, has an
/// empty configuration.
/// </summary>
public sealed class TraversalStrategyValue : IEquatable<TraversalStrategyValue>
{
    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    public TraversalStrategyValue(string name, IReadOnlyDictionary<string, object?>? configuration = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        // Clients may send the fully qualified Java class name; the simple name is what everyone matches on.
        var dot = name.LastIndexOf('.');
        Name = dot >= 0 ? name[(dot + 1)..] : name;
        Configuration = configuration ?? Empty;
    }

    public string Name { get; }

    public IReadOnlyDictionary<string, object?> Configuration { get; }

    public bool Equals(TraversalStrategyValue? other)
    {
        if (other is null || Name != other.Name || Configuration.Count != other.Configuration.Count)
            return false;
        foreach (var (key, value) in Configuration)
        {
            if (!other.Configuration.TryGetValue(key, out var otherValue)
                || !GremlinEquality.Equivalence.Equals(value, otherValue))
                return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as TraversalStrategyValue);

    public override int GetHashCode() => HashCode.Combine(Name, Configuration.Count);

    /// <summary>gremlin-lang form: <c>new SeedStrategy(seed: 999999)</c>, or the bare name when unconfigured.</summary>
    public override string ToString() => GremlinLangWriter.WriteValue(this);
}
