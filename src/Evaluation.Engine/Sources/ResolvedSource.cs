using Evaluation.Engine.Sql;
using Evaluation.Language.Validation;

namespace Evaluation.Engine.Sources;

/// <summary>A source ready to query: the relation to read and the columns it has.</summary>
internal sealed record ResolvedSource(SqlRelation Relation, SourceSchema Schema, string Description);
