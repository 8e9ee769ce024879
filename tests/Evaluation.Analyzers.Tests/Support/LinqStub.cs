namespace Evaluation.Analyzers.Tests.Support;

/// <summary>
/// A stub of the LINQ library as the analyzer expects it: the two attributes in namespace
/// <c>Evaluation.Linq</c>, and metric extension methods over <c>IEnumerable&lt;T&gt;</c> (groups, LINQ to
/// objects) and <c>IQueryable&lt;T&gt;</c> (terminal calls), with selectors as delegates or expression trees.
/// </summary>
internal static class LinqStub
{
    public const string Source = """
        public sealed record Row(string Model, double Actual, double Predicted, int Label, double Score, bool Flag, string Name, double Weight);

        namespace Evaluation.Linq
        {
            [AttributeUsage(AttributeTargets.Method)]
            public sealed class EvaluationFunctionAttribute : Attribute
            {
                public EvaluationFunctionAttribute(string name) => Name = name;
                public string Name { get; }
            }

            [AttributeUsage(AttributeTargets.Parameter)]
            public sealed class EvaluationParameterAttribute : Attribute
            {
                public EvaluationParameterAttribute(string name) => Name = name;
                public string Name { get; }
            }

            public static class Metrics
            {
                // Expression trees cannot call a method with optional parameters left out: one overload per arity.
                [EvaluationFunction("rmse")]
                public static double Rmse<T, TValue>(this IEnumerable<T> source,
                    [EvaluationParameter("ground_truth_property")] Func<T, TValue> actual,
                    [EvaluationParameter("predicted_property")] Func<T, TValue> predicted) => 0;

                [EvaluationFunction("rmse")]
                public static double Rmse<T, TValue>(this IEnumerable<T> source,
                    [EvaluationParameter("ground_truth_property")] Func<T, TValue> actual,
                    [EvaluationParameter("predicted_property")] Func<T, TValue> predicted,
                    Func<T, double> weightProperty) => 0;

                [EvaluationFunction("rmse")]
                public static double Rmse<T>(this IQueryable<T> source,
                    [EvaluationParameter("ground_truth_property")] Expression<Func<T, double>> actual,
                    [EvaluationParameter("predicted_property")] Expression<Func<T, double>> predicted) => 0;

                [EvaluationFunction("mae")]
                public static double Mae<T>(this IEnumerable<T> source, Func<T, double> groundTruthProperty, Func<T, double> predictedProperty) => 0;

                [EvaluationFunction("mae")]
                public static double Mae<T>(this IEnumerable<T> source, Func<T, double> groundTruthProperty, Func<T, double> predictedProperty,
                    string aggregation, double? normalizationMin = null, double? normalizationMax = null) => 0;

                [EvaluationFunction("auc")]
                public static double Auc<T, TLabel, TScore>(this IEnumerable<T> source,
                    [EvaluationParameter("ground_truth_property")] Func<T, TLabel> label,
                    [EvaluationParameter("predicted_property")] Func<T, TScore> score,
                    string average = "macro") => 0;

                [EvaluationFunction("precision")]
                public static double Precision<T, TLabel, TPrediction>(this IEnumerable<T> source,
                    [EvaluationParameter("ground_truth_property")] Func<T, TLabel> label,
                    [EvaluationParameter("predicted_property")] Func<T, TPrediction> predicted,
                    double threshold = 0.5, string average = "binary", object? posLabel = null) => 0;

                [EvaluationFunction("top_k_accuracy")]
                public static double TopKAccuracy<T>(this IEnumerable<T> source, Func<T, int> groundTruthProperty, Func<T, double[]> predictedProperty, int k = 2) => 0;

                [EvaluationFunction("roundTimestamp")]
                public static DateTime RoundTimestamp(this DateTime value, [EvaluationParameter("time_interval")] string interval) => value;

                [EvaluationFunction("rmsee")]
                public static double Misnamed<T>(this IEnumerable<T> source) => 0;
            }
        }
        """;
}
