using Evaluation.Engine.Sql;
using Evaluation.Language.Validation;

namespace Evaluation.Engine.Sources;

/// <summary>A source ready to query: the relation to read and the columns it has.</summary>
internal sealed record ResolvedSource(SqlRelation Relation, SourceSchema Schema, string Description)
{
    /// <summary>The dataset descriptor that applies to this source, if any.</summary>
    public Language.Descriptors.DatasetDescriptor? Descriptor { get; init; }

    /// <summary>
    /// What the source's own statistics say of its columns, read on first use (Parquet files);
    /// <see cref="ColumnStatistics.None"/> for sources without statistics.
    /// </summary>
    public Lazy<ColumnStatistics> Statistics { get; init; } = new(ColumnStatistics.None);
}
