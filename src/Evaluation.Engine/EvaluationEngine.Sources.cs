using Evaluation.Engine.Results;
using Evaluation.Engine.Sources;
using Evaluation.Language.Ast;

namespace Evaluation.Engine;

// What an interactive front-end asks of the engine's sources: the bound names and a source's columns.
public sealed partial class EvaluationEngine
{
    /// <summary>
    /// The names a query can use as a source, with what each is bound to: a registered path or glob, or
    /// a <c>let</c> result ("let" as the target) or Arrow source ("arrow"), sorted by name.
    /// </summary>
    public IReadOnlyList<(string Name, string Target)> SourceBindings =>
        _sources.Select(s => (s.Key, s.Value))
            .Concat(_tables.Select(t => (t.Key, t.Value.StartsWith(LetTablePrefix, StringComparison.Ordinal) ? "let" : "arrow")))
            .OrderBy(s => s.Item1, StringComparer.Ordinal).ToList();

    /// <summary>
    /// The columns of a source, read from its schema (a Parquet file's own metadata, a table's
    /// definition): a bound name, or a path or glob as a query's <c>from</c> would take it.
    /// </summary>
    /// <exception cref="QueryException">No such source, or it cannot be read; the message says why.</exception>
    public IReadOnlyList<ResultColumn> DescribeSource(string source) => DescribeSource(Source.FromText(source, SourceSpan.None));

    /// <summary>The columns of a parsed source (a name, a path or glob, or a results store), read from its schema.</summary>
    /// <exception cref="QueryException">No such source, or it cannot be read; the message says why.</exception>
    public IReadOnlyList<ResultColumn> DescribeSource(Source source)
    {
        var resolved = new SourceResolver(_session, _sources, _tables, _schemas, _model).Resolve(source);
        return resolved.Schema.Columns.Select(c => new ResultColumn(c.Name, c.Native ?? c.Type.ToString().ToUpperInvariant())).ToList();
    }
}
