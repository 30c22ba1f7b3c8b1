namespace GremlinQuad.Traversal.Execution;

/// <summary>Named side effects of one traversal (aggregate, group, groupCount, withSideEffect ...).</summary>
internal sealed class SideEffects
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
    private Dictionary<string, Gremlin.Operator>? _reducers;

    public bool Contains(string key) => _values.ContainsKey(key);

    public bool TryGet(string key, out object? value) => _values.TryGetValue(key, out value);

    public object? Get(string key) => _values.TryGetValue(key, out var value)
        ? value
        : throw new Gremlin.GremlinExecutionException($"The side-effect key '{key}' does not exist; create it with aggregate('{key}'), group('{key}'), groupCount('{key}') or withSideEffect('{key}', value).");

    public void Set(string key, object? value) => _values[key] = value;

    public T GetOrAdd<T>(string key, Func<T> create)
    {
        if (_values.TryGetValue(key, out var value) && value is T typed) return typed;
        var created = create();
        _values[key] = created;
        return created;
    }

    /// <summary>withSideEffect(key, value, Operator) names how aggregate() folds new objects into the value.</summary>
    public void SetReducer(string key, Gremlin.Operator reducer) => (_reducers ??= new(StringComparer.Ordinal))[key] = reducer;

    public bool TryGetReducer(string key, out Gremlin.Operator reducer)
    {
        reducer = default;
        return _reducers is not null && _reducers.TryGetValue(key, out reducer);
    }

    public IEnumerable<string> Keys => _values.Keys;
}
