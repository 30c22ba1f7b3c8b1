namespace GremlinQuad.Conformance.Tests.Wire;

/// <summary>
/// A value the JavaScript client handed over without decoding it (a GraphSON type it has no reader for, such
/// as g:Tree, arrives as its raw JSON) or a token it names but the object model does not have. It equals
/// nothing expected, so the scenario fails and the message shows what arrived.
/// </summary>
public sealed record UndecodedValue(string TypeName, string Json)
{
    public override string ToString() => $"undecoded {TypeName}: {(Json.Length <= 200 ? Json : Json[..200] + "…")}";
}
