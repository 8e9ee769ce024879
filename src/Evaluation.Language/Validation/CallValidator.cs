using System.Globalization;
using Evaluation.Language.Ast;
using Evaluation.Language.Catalog;
using Evaluation.Language.Parsing;
using Evaluation.Language.Printing;

namespace Evaluation.Language.Validation;

/// <summary>
/// Checks one function call against its catalog entry: the name, each argument's name, type,
/// range and enum, duplicates, and the required parameters. Nested calls are checked too.
/// </summary>
internal sealed class CallValidator
{
    private readonly ValidationOptions _options;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Action<Condition> _checkCondition;
    private readonly Action<ColumnRef> _checkColumn;

    public CallValidator(ValidationOptions options, List<Diagnostic> diagnostics, Action<Condition> checkCondition, Action<ColumnRef> checkColumn)
    {
        _options = options;
        _diagnostics = diagnostics;
        _checkCondition = checkCondition;
        _checkColumn = checkColumn;
    }

    /// <summary>Checks a call; returns its definition when the name is known.</summary>
    public FunctionDefinition? Check(FunctionCall call)
    {
        var nameSpan = call.NameSpan.IsNone ? call.Span : call.NameSpan;
        if (!_options.Catalog.TryGet(call.Name, out var function))
        {
            var suggestion = _options.Catalog.Suggest(call.Name);
            Report(DiagnosticDescriptors.UnknownFunction, nameSpan,
                $"unknown function `{call.Name}`", suggestion);
            foreach (var argument in call.Arguments) CheckUntyped(argument.Value);
            return null;
        }

        var given = new Dictionary<ParameterDefinition, Argument>();
        foreach (var argument in call.Arguments)
        {
            if (argument.Name is null)
            {
                Report(DiagnosticDescriptors.TooManyArguments, argument.Span,
                    $"`{function.Name}` takes at most {function.Parameters.Count} argument{(function.Parameters.Count == 1 ? "" : "s")}; name the extra one or remove it");
                continue;
            }
            var parameter = function.FindParameter(argument.Name);
            var argumentNameSpan = argument.NameSpan.IsNone ? argument.Span : argument.NameSpan;
            if (parameter is null)
            {
                var names = function.Parameters.SelectMany(p => p.Aliases.Prepend(p.Name)).ToArray();
                var suggestion = Suggestions.Closest(argument.Name, names);
                Report(DiagnosticDescriptors.UnknownParameter, argumentNameSpan,
                    $"`{function.Name}` has no parameter `{argument.Name}`" +
                    (names.Length == 0 ? "; it takes none" : $"; its parameters are {string.Join(", ", function.Parameters.Select(p => p.Name))}"),
                    suggestion);
                CheckUntyped(argument.Value);
                continue;
            }
            if (given.ContainsKey(parameter))
            {
                Report(DiagnosticDescriptors.DuplicateParameter, argumentNameSpan, $"`{parameter.Name}` is given twice to `{function.Name}`");
                continue;
            }
            given.Add(parameter, argument);
            CheckValue(function, parameter, argument.Value);
        }

        foreach (var parameter in function.Parameters.Where(p => p.Required && !given.ContainsKey(p)))
        {
            if (parameter.Role != DescriptorRole.None && _options.DescriptorRoles.Contains(parameter.Role)) continue;
            var hint = parameter.Role == DescriptorRole.None ? "" : " (no dataset descriptor supplies it)";
            Report(DiagnosticDescriptors.MissingParameter, nameSpan,
                $"`{function.Name}` needs `{parameter.Name}`{hint}");
        }
        return function;
    }

    private void CheckValue(FunctionDefinition function, ParameterDefinition parameter, Expr value)
    {
        var where = $"`{parameter.Name}` of `{function.Name}`";
        switch (parameter.Type)
        {
            case ParameterType.Column:
                CheckColumnValue(where, value);
                break;
            case ParameterType.Columns:
                if (value is ListExpr columns)
                {
                    if (columns.Items.Count == 0) Report(DiagnosticDescriptors.ParameterType, value.Span, $"{where} needs at least one column");
                    foreach (var item in columns.Items) CheckColumnValue(where, item);
                }
                else CheckColumnValue(where, value);
                break;
            case ParameterType.Number:
                if (value is StringLiteral s && parameter.EnumValues.Contains(s.Value, StringComparer.Ordinal)) break;
                if (value is NumberLiteral n) CheckRange(where, parameter, n);
                else Mismatch(where, "a number" + (parameter.EnumValues.Count > 0 ? " or " + Quoted(parameter.EnumValues) : ""), value);
                break;
            case ParameterType.Integer:
                if (value is NumberLiteral { IsInteger: true } i) CheckRange(where, parameter, i);
                else Mismatch(where, "a whole number", value);
                break;
            case ParameterType.String:
                if (value is not (StringLiteral or TimestampLiteral)) Mismatch(where, "a string", value);
                break;
            case ParameterType.Enum:
                if (value is StringLiteral e)
                {
                    if (!parameter.EnumValues.Contains(e.Value, StringComparer.Ordinal))
                        Report(DiagnosticDescriptors.NotInEnum, value.Span,
                            $"{where} must be one of {Quoted(parameter.EnumValues)}; got '{e.Value}'",
                            Suggestions.Closest(e.Value, parameter.EnumValues) ?? parameter.EnumValues.FirstOrDefault(v => string.Equals(v, e.Value, StringComparison.OrdinalIgnoreCase)));
                }
                else Mismatch(where, "one of " + Quoted(parameter.EnumValues), value);
                break;
            case ParameterType.Bool:
                if (value is not BoolLiteral) Mismatch(where, "true or false", value);
                break;
            case ParameterType.Value:
                if (value is not Literal) Mismatch(where, "a literal value", value);
                break;
            case ParameterType.List:
                if (value is ListExpr list)
                {
                    foreach (var item in list.Items.Where(x => x is not Literal)) Mismatch(where, "a list of literal values", item);
                }
                else Mismatch(where, "a list", value);
                break;
            case ParameterType.Comparator:
                if (value is StringLiteral c)
                {
                    if (!Comparators.TryParse(c.Value, out _))
                        Report(DiagnosticDescriptors.UnknownComparator, value.Span,
                            $"unknown comparator `{c.Value}`; comparators are {string.Join(", ", Comparators.Names)}",
                            ComparatorSuggestions.For(c.Value));
                }
                else Mismatch(where, "a comparator name such as 'eq'", value);
                break;
            case ParameterType.Conditions:
                if (value is ListExpr rules && rules.Items.All(r => r is ThresholdRule))
                {
                    foreach (var rule in rules.Items.Cast<ThresholdRule>())
                    {
                        foreach (var condition in rule.Conditions) _checkCondition(condition);
                        if (rule.Threshold is NumberLiteral t) CheckRange("a rule's `threshold`", new ParameterDefinition("threshold", ParameterType.Number, "") { Min = 0, Max = 1 }, t);
                        else Mismatch("a rule's `threshold`", "a number", rule.Threshold);
                    }
                }
                else Mismatch(where, "a list of rules `{conditions, threshold}` (DSL: `[when SEX = 1 then 0.4, …]`)", value);
                break;
            case ParameterType.Operand:
                if (value is not NumberLiteral) CheckColumnValue(where, value);
                break;
            case ParameterType.Function:
                if (value is FunctionCall nested)
                {
                    var definition = Check(nested);
                    if (definition is not null && definition.Kind != FunctionKind.Aggregate)
                        Report(DiagnosticDescriptors.MisplacedFunction, nested.NameSpan, $"{where} takes an aggregate metric; `{definition.Name}` is computed per row");
                }
                else Mismatch(where, "a function call", value);
                break;
        }
    }

    private void CheckColumnValue(string where, Expr value)
    {
        switch (value)
        {
            case ColumnRef column:
                _checkColumn(column);
                break;
            case FunctionCall call:
                var definition = Check(call);
                if (definition is not null && definition.Kind != FunctionKind.Row)
                    Report(DiagnosticDescriptors.MisplacedFunction, call.NameSpan.IsNone ? call.Span : call.NameSpan,
                        $"{where} takes a column or a row-level function; `{definition.Name}` is " + (definition.Kind == FunctionKind.Window
                            ? "a window function (rank in a select, then use its alias in a later stage)" : "an aggregate"));
                break;
            case StringLiteral s:
                Report(DiagnosticDescriptors.ParameterType, value.Span,
                    $"{where} takes a column, not a string; write the name without quotes (backticks for odd names)", DslNames.Column(s.Value));
                break;
            default:
                Mismatch(where, "a column", value);
                break;
        }
    }

    private void CheckRange(string where, ParameterDefinition parameter, NumberLiteral number)
    {
        var low = parameter.Min;
        var high = parameter.Max;
        if ((low is null || number.Value >= low) && (high is null || number.Value <= high)) return;
        var range = (low, high) switch
        {
            ({ } l, { } h) => $"between {Format(l)} and {Format(h)}",
            ({ } l, null) => $"at least {Format(l)}",
            (null, { } h) => $"at most {Format(h)}",
            _ => "",
        };
        Report(DiagnosticDescriptors.OutOfRange, number.Span, $"{where} must be {range}; got {Format(number.Value)}");
    }

    /// <summary>Arguments of unknown calls or parameters are still walked, so nested problems are found.</summary>
    private void CheckUntyped(Expr value)
    {
        switch (value)
        {
            case FunctionCall call: Check(call); break;
            case ColumnRef column: _checkColumn(column); break;
            case ListExpr list: foreach (var item in list.Items) CheckUntyped(item); break;
            case ThresholdRule rule: foreach (var condition in rule.Conditions) _checkCondition(condition); break;
        }
    }

    private void Mismatch(string where, string expected, Expr value) =>
        Report(DiagnosticDescriptors.ParameterType, value.Span, $"{where} takes {expected}, not {Describe(value)}");

    internal static string Describe(Expr value) => value switch
    {
        ColumnRef c => $"the column `{c.Name}`",
        NumberLiteral n => $"the number {Format(n.Value)}",
        StringLiteral s => $"the string '{s.Value}'",
        TimestampLiteral t => $"the timestamp @{t.Text}",
        BoolLiteral b => b.Value ? "true" : "false",
        NullLiteral => "null",
        ListExpr => "a list",
        FunctionCall f => $"a call of `{f.Name}`",
        ThresholdRule => "a threshold rule",
        _ => "this value",
    };

    private static string Quoted(IEnumerable<string> values) => string.Join(", ", values.Select(v => "'" + v + "'"));

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private void Report(DiagnosticDescriptor descriptor, SourceSpan span, string message, string? suggestion = null) =>
        _diagnostics.Add(descriptor.At(span, message, suggestion));
}
