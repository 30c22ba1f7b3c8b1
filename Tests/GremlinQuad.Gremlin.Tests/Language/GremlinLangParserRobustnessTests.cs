using GremlinQuad.Gremlin.Language;
using NUnit.Framework;
using FsCheckProperty = FsCheck.NUnit.PropertyAttribute;

namespace GremlinQuad.Gremlin.Tests.Language;

/// <summary>Whatever the text, the parser answers with bytecode or one of its two documented exceptions.</summary>
public sealed class GremlinLangParserRobustnessTests
{
    private static readonly string[] Corpus =
    [
        "g.V().has('person','name',\"marko\").out('knows').values('name')",
        "g.withStrategies(new SeedStrategy(seed: 999999)).V().order().by('age', desc).limit(2)",
        "g.inject([1b,1s,1i,1l,1f,1d,1000i,1m,1n]).unfold().where(__.is(xx1))",
        "g.mergeV([(T.label): 'person', name: 'x']).option(Merge.onCreate, [age: 1]).iterate()",
        "g.V().has('age', P.gt(30).and(lt(40))).project('a','b').by(id).by(label)",
        "g.inject(datetime('2023-08-08T00:00:00Z'), UUID('f47af10b-58cc-4372-a567-0f02b2f3d479'), {'a', null}, [:])",
        "g.V().repeat(out()).times(2).emit().path().by(valueMap().with(WithOptions.tokens))",
        "g.addV('a').iterate();\ng.tx().commit()",
        "g.V().choose(has('age'), values('age'), constant(-Infinity)).sack(sum).by(coalesce(values('x'), constant(0x1F)))",
    ];

    private static readonly Dictionary<string, object?> Bindings = new() { ["xx1"] = 1 };

    [FsCheckProperty(MaxTest = 3000)]
    public void A_mutated_traversal_parses_or_fails_with_a_Gremlin_exception(string? noise, int cut, int remove, int corpusIndex)
    {
        var text = Corpus[(int)((uint)corpusIndex % Corpus.Length)];
        var position = (int)((uint)cut % (text.Length + 1));
        var removed = Math.Min((int)((uint)remove % 4), text.Length - position);
        var mutated = string.Concat(text.AsSpan(0, position), noise ?? string.Empty, text.AsSpan(position + removed));

        try
        {
            GremlinLangParser.ParseScript(mutated, Bindings);
        }
        catch (GremlinSyntaxException error)
        {
            Assert.That(error.Line, Is.GreaterThanOrEqualTo(1), mutated);
            Assert.That(error.Column, Is.GreaterThanOrEqualTo(1), mutated);
        }
        catch (GremlinRequestException)
        {
            // An unbound parameter: also a documented answer.
        }
        catch (Exception error)
        {
            Assert.Fail($"{error.GetType().Name} for {mutated}: {error.Message}");
        }
    }
}
