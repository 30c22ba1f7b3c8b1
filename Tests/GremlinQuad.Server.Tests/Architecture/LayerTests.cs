using GremlinQuad.Gremlin;
using GremlinQuad.Server.Hosting;
using GremlinQuad.Storage;
using GremlinQuad.Traversal;

namespace GremlinQuad.Server.Tests.Architecture;

/// <summary>style.md §3: dependencies point down; concrete storage reaches the server only through the host.</summary>
public sealed class LayerTests
{
    [TestCase(typeof(QuadStore), "GremlinQuad.Traversal")]
    [TestCase(typeof(QuadStore), "GremlinQuad.Server")]
    [TestCase(typeof(GremlinGraph), "GremlinQuad.Storage")]
    [TestCase(typeof(GremlinGraph), "GremlinQuad.Server")]
    [TestCase(typeof(Bytecode), "GremlinQuad.Storage.Abstractions")]
    [TestCase(typeof(Bytecode), "GremlinQuad.Traversal")]
    public void Layer_does_not_reference(Type typeInLayer, string forbiddenAssembly)
    {
        var references = typeInLayer.Assembly.GetReferencedAssemblies().Select(a => a.Name);
        Assert.That(references, Has.No.Member(forbiddenAssembly));
    }

    [Test]
    public void Only_the_hosting_namespace_of_the_server_names_the_concrete_store()
    {
        var offenders = typeof(GremlinServer).Assembly.GetTypes()
            .Where(type => type.Namespace != typeof(GremlinServer).Namespace && type.Namespace?.StartsWith("GremlinQuad.Server", StringComparison.Ordinal) == true)
            .Where(type => type.GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)
                .Any(field => field.FieldType.Assembly == typeof(QuadStore).Assembly))
            .Select(type => type.FullName)
            .ToList();
        Assert.That(offenders, Is.Empty);
    }
}
