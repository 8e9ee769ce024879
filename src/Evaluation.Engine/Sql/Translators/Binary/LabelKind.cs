using Evaluation.Language.Validation;

namespace Evaluation.Engine.Sql.Translators.Binary;

/// <summary>What a column of class labels holds: the positive class is bound as a value of this kind.</summary>
internal enum LabelKind
{
    /// <summary>Integers or floating-point numbers (0 and 1).</summary>
    Number,
    /// <summary>true and false.</summary>
    Boolean,
    /// <summary>Strings: there is no default positive class.</summary>
    Text,
}

internal static class LabelKinds
{
    /// <summary>The kind of labels a column of this type holds, or null when it cannot hold labels.</summary>
    public static LabelKind? Of(ColumnType type) => type switch
    {
        ColumnType.Float or ColumnType.Integer => LabelKind.Number,
        ColumnType.Boolean => LabelKind.Boolean,
        ColumnType.String => LabelKind.Text,
        _ => null,
    };
}
