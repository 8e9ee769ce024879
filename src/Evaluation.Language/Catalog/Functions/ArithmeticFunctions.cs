namespace Evaluation.Language.Catalog;

/// <summary>
/// Arithmetic over a row's values: derived metrics such as <c>f1 - baseline_f1</c> over a pivoted
/// results table. The DSL writes them with <c>+ - * /</c> in a select item; JSON as these calls.
/// </summary>
internal static class ArithmeticFunctions
{
    public static IEnumerable<FunctionDefinition> All => new[]
    {
        Binary("add", "left + right."),
        Binary("subtract", "left − right (a derived metric: f1 - baseline_f1)."),
        Binary("multiply", "left × right."),
        Binary("divide", "left ÷ right; undefined (NaN, with a warning) where right is 0."),
    };

    private static FunctionDefinition Binary(string name, string definition) =>
        new(name, FunctionKind.Row, "The row's " + definition + " Operands are columns, row-level calls or numbers; a missing operand gives a missing result.")
        {
            Parameters = new[]
            {
                new ParameterDefinition("left", ParameterType.Operand, "The left operand.") { Required = true },
                new ParameterDefinition("right", ParameterType.Operand, "The right operand.") { Required = true },
            },
            Tasks = TaskKinds.Results | TaskKinds.Statistics,
        };
}
