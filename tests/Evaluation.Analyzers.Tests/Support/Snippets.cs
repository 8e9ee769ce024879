namespace Evaluation.Analyzers.Tests.Support;

/// <summary>
/// The program the tests compile: a snippet of statements runs inside
/// <c>Sample.Run(EvaluationEngine engine, IReadOnlyList&lt;Row&gt; rows)</c>, whose body starts on line
/// <see cref="BodyLine"/>; members go after the method. Beside it: an API that takes the JSON dialect
/// only, and a stub of the LINQ library's metric methods (<see cref="LinqStub"/>).
/// </summary>
internal static class Snippets
{
    /// <summary>The line of the first statement of a snippet.</summary>
    public const int BodyLine = 21;

    public static string Statements(string statements, string members = "") => $$"""
        using System;
        using System.Collections.Generic;
        using System.Diagnostics.CodeAnalysis;
        using System.Linq;
        using System.Linq.Expressions;
        using Evaluation.Engine;
        using Evaluation.Linq;

        public static class Requests
        {
            /// <summary>A stand-in for an API that takes the JSON dialect only.</summary>
            public static void Send([StringSyntax("evalq-json")] string request) { }

            public const string Misspelt = "from t | select rmsee(a, b)";
        }

        public class Sample
        {
            public void Run(EvaluationEngine engine, IReadOnlyList<Row> rows)
            {
        {{statements}}
            }

        {{members}}
        }

        {{LinqStub.Source}}
        """;
}
