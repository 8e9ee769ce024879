using Evaluation.Engine.DuckDb;
using Evaluation.Engine.Sql;
using Evaluation.Language.Validation;

namespace Evaluation.Engine.Sources;

/// <summary>
/// Reads the column ranges a Parquet source's footers prove (<see cref="ColumnRanges"/>): the
/// statistics every writer stores per row group, read without reading any row. Only integer
/// columns are kept (a float column's statistics leave NaN out, so they prove less), and only
/// when every row group of every file has statistics for the column. A glob over more than
/// <see cref="MaxFiles"/> files is not read (every footer would be opened once more before the
/// query opens them again); neither is a source whose statistics cannot be read: the planner
/// then keeps its row-by-row tests, which give the same answer.
/// </summary>
internal static class ParquetStatistics
{
    public const int MaxFiles = 64;

    public static ColumnRanges Read(DuckDbSession session, string path, SourceSchema schema)
    {
        try
        {
            if (SourcePaths.IsGlob(path))
            {
                using var count = session.Reader(SourceRelations.GlobCount, new object?[] { path });
                if (!count.Read() || Convert.ToInt64(count.GetValue(0)) is 0 or > MaxFiles) return ColumnRanges.None;
            }
            var ranges = new Dictionary<string, ValueRange>(StringComparer.Ordinal);
            using var reader = session.Reader(SourceRelations.ParquetColumnStatistics, new object?[] { path });
            while (reader.Read())
            {
                if (reader.IsDBNull(0) || reader.IsDBNull(1) || reader.IsDBNull(2)) continue; // no numbers at all
                var name = reader.GetString(0);
                if (schema.Find(name) is not { Type: ColumnType.Integer } column || column.Name != name) continue;
                if (Convert.ToInt64(reader.GetValue(3)) != Convert.ToInt64(reader.GetValue(4))) continue; // a row group without statistics
                ranges[name] = new ValueRange(reader.GetDouble(1), reader.GetDouble(2));
            }
            return new ColumnRanges(ranges);
        }
        catch (QueryException)
        {
            return ColumnRanges.None;
        }
    }
}
