using Evaluation.Engine.DuckDb;
using Evaluation.Engine.Sql;
using Evaluation.Language.Validation;

namespace Evaluation.Engine.Sources;

/// <summary>
/// Reads what a Parquet source's footers say of its columns (<see cref="ColumnStatistics"/>),
/// without reading any row:
/// <list type="bullet">
/// <item>ranges, from the statistics every writer stores per row group: only integer columns are
/// kept (a float column's statistics leave NaN out, so they prove less), and only when every row
/// group of every file has statistics for the column;</item>
/// <item>repeating columns (numbers of 4 or 8 bytes): a writer stores a column chunk with a
/// dictionary page when its values repeat, and its data pages then hold indexes into the
/// dictionary. A column repeats when, over all its chunks, the dictionaries hold at most one
/// value per <see cref="RowsPerDistinct"/> rows (counting every row of a chunk without a
/// dictionary as a value of its own: an upper bound on the distinct values, as the dictionaries
/// of separate chunks may share values), and the data pages of the chunks with a dictionary
/// are under half the width of plain values (a writer that gave up its dictionary part-way —
/// pyarrow does past 1 MB — writes the rest plain). The dictionary's size is read from the page
/// offsets, so it is the compressed size: a well-compressed dictionary is counted smaller than
/// it is. An estimate for choosing a plan, never for an answer.</item>
/// </list>
/// A glob over more than <see cref="MaxFiles"/> files is not read (every footer would be opened
/// once more before the query opens them again); neither is a source whose statistics cannot be
/// read: the planner then keeps its row-by-row tests and its plain plans, which give the same answer.
/// </summary>
internal static class ParquetStatistics
{
    public const int MaxFiles = 64;
    public const int RowsPerDistinct = 8;

    public static ColumnStatistics Read(DuckDbSession session, string path, SourceSchema schema)
    {
        try
        {
            if (SourcePaths.IsGlob(path))
            {
                using var count = session.Reader(SourceRelations.GlobCount, new object?[] { path });
                if (!count.Read() || Convert.ToInt64(count.GetValue(0)) is 0 or > MaxFiles) return ColumnStatistics.None;
            }
            var ranges = new Dictionary<string, ValueRange>(StringComparer.Ordinal);
            var repeating = new HashSet<string>(StringComparer.Ordinal);
            using var reader = session.Reader(SourceRelations.ParquetColumnStatistics, new object?[] { path });
            while (reader.Read())
            {
                var name = reader.GetString(0);
                if (schema.Find(name) is not { Type: ColumnType.Integer or ColumnType.Float } column || column.Name != name) continue;
                if (Repeats(reader)) repeating.Add(name);
                if (column.Type != ColumnType.Integer || reader.IsDBNull(1) || reader.IsDBNull(2)) continue; // no numbers at all
                if (Convert.ToInt64(reader.GetValue(3)) != Convert.ToInt64(reader.GetValue(4))) continue; // a row group without statistics
                ranges[name] = new ValueRange(reader.GetDouble(1), reader.GetDouble(2));
            }
            return new ColumnStatistics(ranges, repeating);
        }
        catch (QueryException)
        {
            return ColumnStatistics.None;
        }
    }

    /// <summary>The rule above, over one row of <see cref="SourceRelations.ParquetColumnStatistics"/>.</summary>
    private static bool Repeats(System.Data.Common.DbDataReader reader)
    {
        var width = reader.IsDBNull(5) ? 0 : Convert.ToInt32(reader.GetValue(5));
        if (width == 0 || reader.IsDBNull(6)) return false;
        var (rows, dictionaryRows, dictionaryBytes, indexBytes) = (reader.GetDouble(6), reader.GetDouble(7), reader.GetDouble(8), reader.GetDouble(9));
        if (dictionaryRows == 0) return false;
        var distinctAtMost = dictionaryBytes / width + (rows - dictionaryRows);
        return distinctAtMost * RowsPerDistinct <= rows && indexBytes * 2 <= dictionaryRows * width;
    }
}
