namespace Evaluation.Language.Catalog;

/// <summary>What a function parameter accepts.</summary>
public enum ParameterType
{
    /// <summary>A column (property name), or a row-level function call over columns (<c>abs_error(y, p)</c>).</summary>
    Column,
    /// <summary>One column or a list of columns (probability columns in class order).</summary>
    Columns,
    /// <summary>A number; where the parameter lists enum values, also one of those strings.</summary>
    Number,
    /// <summary>A whole number.</summary>
    Integer,
    /// <summary>Free text.</summary>
    String,
    /// <summary>One of the parameter's <see cref="ParameterDefinition.EnumValues"/>.</summary>
    Enum,
    /// <summary><c>true</c> or <c>false</c>.</summary>
    Bool,
    /// <summary>Any literal: number, string, bool, timestamp (a class label, a comparison value).</summary>
    Value,
    /// <summary>A list of literals (class labels, percentiles).</summary>
    List,
    /// <summary>A comparator name (<c>eq</c>, <c>gte</c>, …), as in <c>countIf</c>.</summary>
    Comparator,
    /// <summary>A list of threshold rules: <c>[{conditions, threshold}, …]</c> (<c>biasMitigatedPredictions</c>).</summary>
    Conditions,
    /// <summary>A nested function call (an aggregate's metric, as in <c>per_class(metric)</c>).</summary>
    Function,
    /// <summary>A number, a column, or a row-level call: an operand of arithmetic (<c>f1 - baseline_f1</c>, <c>1 - error</c>).</summary>
    Operand,
}
