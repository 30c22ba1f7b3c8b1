namespace GremlinQuad.Storage.Terms;

/// <summary>Term → value for the read paths, with an error that says what went wrong.</summary>
internal static class TermValues
{
    public static object Get(TermId term, TermDictionary dictionary)
    {
        if (term.IsInline) return TermCodec.DecodeInline(term);
        if (dictionary.TryGetValue(term, out var value)) return Copy(value);
        throw Unknown(term);
    }

    /// <summary>Byte arrays are handed out as copies so nobody can change a stored value.</summary>
    public static object Copy(object value) => value is byte[] bytes ? bytes.ToArray() : value;

    public static KeyNotFoundException Unknown(TermId term) =>
        new($"Term {term} is not in the dictionary: it was never created, or it belongs to a batch that has not committed (or was aborted).");
}
