using Evaluation.Engine.Results;
using Xunit;

namespace Evaluation.Engine.Tests.Semantics;

/// <summary>Reading the semantics tests' results: the row of a group, one cell, the warning texts.</summary>
internal static class Results
{
    /// <summary>A result grouped by its first column.</summary>
    public sealed class QueryResultView
    {
        private readonly QueryResult _result;

        public QueryResultView(QueryResult result) => _result = result;

        /// <summary>The value of <paramref name="column"/> in the row whose first column holds <paramref name="group"/>.</summary>
        public object? Value(object group, string column)
        {
            var row = Assert.Single(_result.Rows, r => Equals(r[0], group));
            return row[_result.IndexOf(column)];
        }

        /// <summary>That value as a number.</summary>
        public double Number(object group, string column) =>
            Convert.ToDouble(Value(group, column) ?? throw new Xunit.Sdk.XunitException($"{column} of {group} is null"), System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>The warning texts.</summary>
        public IReadOnlyList<string> Warnings => _result.Warnings.Select(w => w.Text).ToList();
    }
}
