namespace Evaluation.Language.Catalog;

/// <summary>
/// The table of every function the language knows, looked up by name or alias,
/// case-insensitively, with "did you mean" suggestions by edit distance.
/// </summary>
public sealed class FunctionCatalog
{
    private readonly Dictionary<string, FunctionDefinition> _byName;

    /// <summary>Builds a catalog; names and aliases must be unique case-insensitively.</summary>
    public FunctionCatalog(IEnumerable<FunctionDefinition> functions)
    {
        Functions = functions.ToArray();
        _byName = new Dictionary<string, FunctionDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var function in Functions)
        {
            foreach (var name in function.Aliases.Prepend(function.Name))
            {
                if (_byName.ContainsKey(name))
                    throw new ArgumentException($"The catalog names `{name}` twice.", nameof(functions));
                _byName.Add(name, function);
            }
        }
    }

    /// <summary>The catalog of the language (LANGUAGE.md §5).</summary>
    public static FunctionCatalog Default { get; } = new(BuiltInFunctions.All);

    /// <summary>Every function, in catalog order.</summary>
    public IReadOnlyList<FunctionDefinition> Functions { get; }

    /// <summary>Finds a function by its name or an alias, ignoring case.</summary>
    public bool TryGet(string name, out FunctionDefinition function) => _byName.TryGetValue(name, out function!);

    /// <summary>The function called <paramref name="name"/>, or null.</summary>
    public FunctionDefinition? Find(string name) => _byName.TryGetValue(name, out var f) ? f : null;

    /// <summary>Every accepted name (canonical names and aliases).</summary>
    public IEnumerable<string> AllNames => _byName.Keys;

    /// <summary>The closest known function name to <paramref name="name"/>, if one is close enough to suggest.</summary>
    public string? Suggest(string name) => Suggestions.Closest(name, AllNames);
}
