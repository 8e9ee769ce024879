namespace Evaluation.Language.Validation;

/// <summary>
/// Every diagnostic the language reports, with its stable code. Codes are never reused or
/// renumbered: tools, tests and the analyzer rely on them. Grouped by hundreds of the last
/// two digits: 0xx text and syntax, 02x names and parameters, 03x query shape, 04x schema.
/// </summary>
public static class DiagnosticDescriptors
{
    /// <summary>EVQ001: a token that does not fit the grammar.</summary>
    public static readonly DiagnosticDescriptor SyntaxError = new("EVQ001", Severity.Error, "Syntax error");
    /// <summary>EVQ002: a string literal with no closing quote.</summary>
    public static readonly DiagnosticDescriptor UnterminatedString = new("EVQ002", Severity.Error, "Unterminated string");
    /// <summary>EVQ003: a character that starts no token.</summary>
    public static readonly DiagnosticDescriptor InvalidCharacter = new("EVQ003", Severity.Error, "Invalid character");
    /// <summary>EVQ004: a malformed number or timestamp literal.</summary>
    public static readonly DiagnosticDescriptor InvalidLiteral = new("EVQ004", Severity.Error, "Invalid literal");
    /// <summary>EVQ005: a comma before a closing bracket or brace in JSON.</summary>
    public static readonly DiagnosticDescriptor TrailingComma = new("EVQ005", Severity.Error, "Trailing comma");
    /// <summary>EVQ006: the same key twice in one JSON object.</summary>
    public static readonly DiagnosticDescriptor DuplicateKey = new("EVQ006", Severity.Error, "Duplicate key");
    /// <summary>EVQ007: a key the dialect does not define at that place.</summary>
    public static readonly DiagnosticDescriptor UnknownKey = new("EVQ007", Severity.Error, "Unknown key");
    /// <summary>EVQ008: a required key is missing.</summary>
    public static readonly DiagnosticDescriptor MissingKey = new("EVQ008", Severity.Error, "Missing key");
    /// <summary>EVQ009: a JSON value of the wrong kind for its key (an object where a list belongs).</summary>
    public static readonly DiagnosticDescriptor WrongValueKind = new("EVQ009", Severity.Error, "Wrong kind of value");
    /// <summary>EVQ010: a comparator name that is not one of the dialect's.</summary>
    public static readonly DiagnosticDescriptor UnknownComparator = new("EVQ010", Severity.Error, "Unknown comparator");
    /// <summary>EVQ011: the value does not fit the comparator (no list for <c>in</c>, a value for <c>isNull</c>).</summary>
    public static readonly DiagnosticDescriptor ComparatorValue = new("EVQ011", Severity.Error, "Comparator value");
    /// <summary>EVQ012: a select list with no item.</summary>
    public static readonly DiagnosticDescriptor EmptySelect = new("EVQ012", Severity.Error, "Empty select");
    /// <summary>EVQ013: an unknown pipeline stage or <c>on_undefined</c> value.</summary>
    public static readonly DiagnosticDescriptor UnknownOption = new("EVQ013", Severity.Error, "Unknown option value");
    /// <summary>EVQ014: limit/offset/page/page_size not a non-negative whole number, or paging keys mixed.</summary>
    public static readonly DiagnosticDescriptor InvalidPaging = new("EVQ014", Severity.Error, "Invalid paging");
    /// <summary>EVQ015: a DSL stage out of place.</summary>
    public static readonly DiagnosticDescriptor MisplacedStage = new("EVQ015", Severity.Error, "Misplaced stage");
    /// <summary>EVQ016: empty input where a query was expected.</summary>
    public static readonly DiagnosticDescriptor EmptyQuery = new("EVQ016", Severity.Error, "Empty query");

    /// <summary>EVQ020: a function the catalog does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownFunction = new("EVQ020", Severity.Error, "Unknown function");
    /// <summary>EVQ021: a parameter the function does not take.</summary>
    public static readonly DiagnosticDescriptor UnknownParameter = new("EVQ021", Severity.Error, "Unknown parameter");
    /// <summary>EVQ022: a required parameter is missing.</summary>
    public static readonly DiagnosticDescriptor MissingParameter = new("EVQ022", Severity.Error, "Missing parameter");
    /// <summary>EVQ023: a parameter value of the wrong type.</summary>
    public static readonly DiagnosticDescriptor ParameterType = new("EVQ023", Severity.Error, "Wrong parameter type");
    /// <summary>EVQ024: a number outside the parameter's range.</summary>
    public static readonly DiagnosticDescriptor OutOfRange = new("EVQ024", Severity.Error, "Value out of range");
    /// <summary>EVQ025: a string that is not one of the parameter's values.</summary>
    public static readonly DiagnosticDescriptor NotInEnum = new("EVQ025", Severity.Error, "Value not allowed");
    /// <summary>EVQ026: a parameter given twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateParameter = new("EVQ026", Severity.Error, "Duplicate parameter");
    /// <summary>EVQ027: more positional arguments than required parameters.</summary>
    public static readonly DiagnosticDescriptor TooManyArguments = new("EVQ027", Severity.Error, "Too many arguments");
    /// <summary>EVQ028: a function used where its kind does not fit (an aggregate inside a filter, a metric nested in a metric).</summary>
    public static readonly DiagnosticDescriptor MisplacedFunction = new("EVQ028", Severity.Error, "Function not allowed here");

    /// <summary>EVQ030: two select items with the same output name.</summary>
    public static readonly DiagnosticDescriptor AliasCollision = new("EVQ030", Severity.Error, "Alias collision");
    /// <summary>EVQ031: a group key that is not selected, or a group alias with no select item.</summary>
    public static readonly DiagnosticDescriptor GroupKeyNotSelected = new("EVQ031", Severity.Error, "Group key not selected");
    /// <summary>EVQ032: a plain column selected next to aggregates without being a group key.</summary>
    public static readonly DiagnosticDescriptor NotGrouped = new("EVQ032", Severity.Error, "Column not grouped");
    /// <summary>EVQ033: an order key or group alias that names nothing selected.</summary>
    public static readonly DiagnosticDescriptor UnknownAlias = new("EVQ033", Severity.Error, "Unknown alias");
    /// <summary>EVQ034: a nested field used in a filter, group or order without being selected.</summary>
    public static readonly DiagnosticDescriptor NestedNotSelected = new("EVQ034", Severity.Error, "Nested field not selected");
    /// <summary>EVQ035: a <c>let</c> name defined twice in a script.</summary>
    public static readonly DiagnosticDescriptor DuplicateLet = new("EVQ035", Severity.Error, "Duplicate let name");
    /// <summary>EVQ036: a <c>rank</c> by each metric's catalog direction whose partitions do not keep metrics apart (<c>within</c> lacks <c>metric</c>).</summary>
    public static readonly DiagnosticDescriptor RankAcrossMetrics = new("EVQ036", Severity.Error, "Rank across metrics");
    /// <summary>EVQ037: a <c>pivot</c> that cannot be made: a column its result does not have, the same column twice, values that cannot be column names.</summary>
    public static readonly DiagnosticDescriptor InvalidPivot = new("EVQ037", Severity.Error, "Invalid pivot");

    /// <summary>EVQ040: a column the source does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownColumn = new("EVQ040", Severity.Error, "Unknown column");
    /// <summary>EVQ041: a value or parameter whose type does not fit the column's.</summary>
    public static readonly DiagnosticDescriptor TypeMismatch = new("EVQ041", Severity.Error, "Type mismatch");

    /// <summary>EVQ042: a source that cannot be found or read.</summary>
    public static readonly DiagnosticDescriptor UnknownSource = new("EVQ042", Severity.Error, "Unknown source");
    /// <summary>EVQ043: a metric that is undefined for a group (NaN), with the reason; an error under <c>on_undefined: error</c>.</summary>
    public static readonly DiagnosticDescriptor UndefinedValue = new("EVQ043", Severity.Warning, "Undefined value");
    /// <summary>EVQ044: a catalog function the engine cannot compute (yet), or a form of it it does not support.</summary>
    public static readonly DiagnosticDescriptor NotSupported = new("EVQ044", Severity.Error, "Not supported");

    /// <summary>EVQ045: a dataset descriptor that contradicts the data or the query (a column it names is missing, a stage that does not match).</summary>
    public static readonly DiagnosticDescriptor DescriptorMismatch = new("EVQ045", Severity.Error, "Descriptor mismatch");

    /// <summary>Every descriptor, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = typeof(DiagnosticDescriptors)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Code, StringComparer.Ordinal)
        .ToArray();
}
