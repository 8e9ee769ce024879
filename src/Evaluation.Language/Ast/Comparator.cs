namespace Evaluation.Language.Ast;

/// <summary>The comparators of the JSON dialect (LANGUAGE.md §3).</summary>
public enum Comparator
{
    /// <summary>Equal.</summary>
    Eq,
    /// <summary>Not equal.</summary>
    Ne,
    /// <summary>Less than.</summary>
    Lt,
    /// <summary>Less than or equal.</summary>
    Lte,
    /// <summary>Greater than.</summary>
    Gt,
    /// <summary>Greater than or equal.</summary>
    Gte,
    /// <summary>In a list.</summary>
    In,
    /// <summary>Not in a list.</summary>
    Nin,
    /// <summary>SQL LIKE pattern, case-sensitive.</summary>
    Like,
    /// <summary>Negated LIKE.</summary>
    NotLike,
    /// <summary>LIKE, case-insensitive.</summary>
    Ilike,
    /// <summary>Negated ILIKE.</summary>
    NotIlike,
    /// <summary>SQL NULL.</summary>
    IsNull,
    /// <summary>Not SQL NULL.</summary>
    NotNull,
    /// <summary>NULL or NaN.</summary>
    IsMissing,
    /// <summary>Neither NULL nor NaN.</summary>
    NotMissing,
    /// <summary>Within [low, high], both included.</summary>
    Between,
    /// <summary>A list column holds the value.</summary>
    Contains,
    /// <summary>A list column holds every element of the value list.</summary>
    ContainsAll,
    /// <summary>A list column has no element.</summary>
    IsEmpty,
    /// <summary>A list column has at least one element.</summary>
    NotEmpty,
}

/// <summary>Names and value shapes of <see cref="Comparator"/>s.</summary>
public static class Comparators
{
    private static readonly Dictionary<string, Comparator> ByName =
        Enum.GetValues(typeof(Comparator)).Cast<Comparator>()
            .ToDictionary(c => Name(c), c => c, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every comparator's JSON spelling, in declaration order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        Enum.GetValues(typeof(Comparator)).Cast<Comparator>().Select(Name).ToArray();

    /// <summary>The JSON spelling: <c>eq</c>, <c>notLike</c>, <c>isNull</c>, …</summary>
    public static string Name(this Comparator comparator) => comparator switch
    {
        Comparator.NotLike => "notLike",
        Comparator.NotIlike => "notIlike",
        Comparator.IsNull => "isNull",
        Comparator.NotNull => "notNull",
        Comparator.IsMissing => "isMissing",
        Comparator.NotMissing => "notMissing",
        Comparator.ContainsAll => "containsAll",
        Comparator.IsEmpty => "isEmpty",
        Comparator.NotEmpty => "notEmpty",
        _ => comparator.ToString().ToLowerInvariant(),
    };

    /// <summary>Looks a comparator up by name, case-insensitively (<c>IsNull</c> ≡ <c>isNull</c>).</summary>
    public static bool TryParse(string name, out Comparator comparator) => ByName.TryGetValue(name, out comparator);

    /// <summary>What the comparator's value must be.</summary>
    public static ComparatorOperand Operand(this Comparator comparator) => comparator switch
    {
        Comparator.IsNull or Comparator.NotNull or Comparator.IsMissing or Comparator.NotMissing
            or Comparator.IsEmpty or Comparator.NotEmpty => ComparatorOperand.None,
        Comparator.In or Comparator.Nin or Comparator.ContainsAll => ComparatorOperand.List,
        Comparator.Between => ComparatorOperand.Range,
        _ => ComparatorOperand.Scalar,
    };
}

/// <summary>The shape of the value a comparator takes.</summary>
public enum ComparatorOperand
{
    /// <summary>No value.</summary>
    None,
    /// <summary>One scalar value.</summary>
    Scalar,
    /// <summary>A list of values.</summary>
    List,
    /// <summary>A two-element list <c>[low, high]</c>.</summary>
    Range,
}
