using GremlinQuad.Gremlin.Io;
using GremlinQuad.Server.Serialization.GraphBinary;
using GremlinQuad.Server.Serialization.GraphSon;

namespace GremlinQuad.Server.Serialization;

/// <summary>The serializers by mime type (gremlin-protocol.md §1.2). Built once; lookups do not allocate.</summary>
internal sealed class SerializerRegistry
{
    public const string GraphBinaryMime = "application/vnd.graphbinary-v1.0";
    public const string GraphBinaryStringdMime = "application/vnd.graphbinary-v1.0-stringd";
    public const string GraphSon3Mime = "application/vnd.gremlin-v3.0+json";
    public const string GraphSon3UntypedMime = "application/vnd.gremlin-v3.0+json;types=false";
    public const string GraphSon2Mime = "application/vnd.gremlin-v2.0+json";
    public const string GraphSon2UntypedMime = "application/vnd.gremlin-v2.0+json;types=false";
    public const string GraphSon1Mime = "application/vnd.gremlin-v1.0+json";
    public const string GraphSon1UntypedMime = "application/vnd.gremlin-v1.0+json;types=false";
    public const string JsonMime = "application/json";

    private readonly Dictionary<string, IMessageSerializer> _byMime = new(StringComparer.OrdinalIgnoreCase);

    public SerializerRegistry()
    {
        GraphBinary = new GraphBinaryMessageSerializer(GraphBinaryMime, resultsAsStrings: false);
        GraphSon3 = new GraphSonMessageSerializer(GraphSon3Mime, GraphSonVersion.V3);
        Add(GraphBinary);
        Add(new GraphBinaryMessageSerializer(GraphBinaryStringdMime, resultsAsStrings: true));
        Add(GraphSon3);
        Add(new GraphSonMessageSerializer(GraphSon3UntypedMime, GraphSonVersion.V3Untyped));
        Add(new GraphSonMessageSerializer(GraphSon2Mime, GraphSonVersion.V2));
        Add(new GraphSonMessageSerializer(GraphSon2UntypedMime, GraphSonVersion.V1Untyped));
        // Legacy typed GraphSON 1 used Jackson @class typing; no current driver sends it, so it is served untyped.
        Add(new GraphSonMessageSerializer(GraphSon1Mime, GraphSonVersion.V1Untyped));
        Add(new GraphSonMessageSerializer(GraphSon1UntypedMime, GraphSonVersion.V1Untyped));
        // Gremlin Server's default configuration binds application/json to typed GraphSON 3.
        _byMime[JsonMime] = new GraphSonMessageSerializer(JsonMime, GraphSonVersion.V3);
    }

    public IMessageSerializer GraphBinary { get; }

    public IMessageSerializer GraphSon3 { get; }

    public IEnumerable<string> MimeTypes => _byMime.Keys;

    public bool TryGet(string mimeType, out IMessageSerializer serializer)
    {
        if (_byMime.TryGetValue(mimeType, out serializer!))
            return true;
        // Tolerate spacing variants such as "application/vnd.gremlin-v3.0+json; types=false".
        var compact = mimeType.Replace(" ", "", StringComparison.Ordinal);
        return !ReferenceEquals(compact, mimeType) && _byMime.TryGetValue(compact, out serializer!);
    }

    private void Add(IMessageSerializer serializer) => _byMime[serializer.MimeType] = serializer;
}
