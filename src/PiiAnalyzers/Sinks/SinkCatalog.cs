using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Sinks;

/// <summary>
/// The sink tables met in one compilation: a method matches a row by the metadata name of its type (or of an
/// interface its type implements), and the few types the rules compare against are resolved once.
/// </summary>
internal sealed class SinkCatalog
{
    /// <summary>Every row of the sink tables, logging and telemetry.</summary>
    private static readonly ImmutableArray<SinkMethod> AllRows = LoggingSinks.All.AddRange(TelemetrySinks.All);

    /// <summary>
    /// The sink rows by the metadata name of their type, built once per process: a method's containing type is
    /// matched by name when a rule meets it, instead of resolving every row's type in every compilation (a lookup
    /// that searches all references, for libraries a project may not even use).
    /// </summary>
    private static readonly Dictionary<string, List<SinkMethod>> RowsByTypeName = IndexRows();

    /// <summary>Answers per method definition: the same few hundred methods are called all over a code base.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<IMethodSymbol, Found> found = new(SymbolEqualityComparer.Default);

    public SinkCatalog(Compilation compilation)
    {
        Exception = compilation.GetTypeByMetadataName(ExceptionSinks.ExceptionType);
        Console = compilation.GetTypeByMetadataName("System.Console");
        TextWriter = compilation.GetTypeByMetadataName("System.IO.TextWriter");
        MelLogger = compilation.GetTypeByMetadataName(LoggingSinks.MelLogger);
        LoggerMessageAttribute = compilation.GetTypeByMetadataName(LoggingSinks.MelLoggerMessageAttribute);
        StringBuilder = compilation.GetTypeByMetadataName("System.Text.StringBuilder");
        Redactor = compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Redaction.Redactor");
    }

    public INamedTypeSymbol? Exception { get; }

    public INamedTypeSymbol? Console { get; }

    public INamedTypeSymbol? TextWriter { get; }

    public INamedTypeSymbol? MelLogger { get; }

    public INamedTypeSymbol? LoggerMessageAttribute { get; }

    public INamedTypeSymbol? StringBuilder { get; }

    public INamedTypeSymbol? Redactor { get; }

    /// <summary>The table row for a method, looking through implementations of sink interfaces; answered once per method.</summary>
    public SinkMethod? Find(IMethodSymbol method)
    {
        var key = method.OriginalDefinition;
        if (found.TryGetValue(key, out var known))
        {
            return known.Row;
        }

        var row = Lookup(method);
        found.TryAdd(key, new Found(row));
        return row;
    }

    private SinkMethod? Lookup(IMethodSymbol method)
    {
        var type = method.ContainingType?.OriginalDefinition;
        if (type is null)
        {
            return null;
        }

        var name = method.MethodKind == MethodKind.Constructor ? ".ctor" : method.Name;
        if (method.MethodKind == MethodKind.PropertySet && method.AssociatedSymbol is IPropertySymbol { IsIndexer: true })
        {
            name = "set_Item";
        }

        if (RowsByTypeName.TryGetValue(SymbolFacts.FullMetadataName(type), out var rows) && Match(rows, name) is { } direct)
        {
            return direct;
        }

        if (method.IsStatic)
        {
            return null;
        }

        foreach (var candidate in SymbolFacts.InterfaceDefinitions(type))
        {
            if (RowsByTypeName.TryGetValue(SymbolFacts.FullMetadataName(candidate), out var inherited) && Match(inherited, name) is { } row)
            {
                return row;
            }
        }

        return null;
    }

    public bool IsException(ITypeSymbol? type)
    {
        for (var current = type; current is not null && Exception is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, Exception))
            {
                return true;
            }
        }

        return false;
    }

    private static SinkMethod? Match(List<SinkMethod> rows, string name)
    {
        foreach (var row in rows)
        {
            if (row.Methods.IsEmpty ? name == ".ctor" : row.Methods.Contains(name))
            {
                return row;
            }
        }

        return null;
    }

    /// <summary>Every method name of the sink tables, for syntax-only tests that run before anything is bound.</summary>
    public static ImmutableHashSet<string> MethodNames { get; } =
        AllRows.SelectMany(r => r.Methods).ToImmutableHashSet(System.StringComparer.Ordinal);

    /// <summary>The simple names of the types whose constructors are sinks (<c>ActivityEvent</c>, <c>ScalarValue</c>).</summary>
    public static ImmutableHashSet<string> ConstructedTypeNames { get; } =
        AllRows.Where(r => r.Methods.IsEmpty)
            .Select(r => r.TypeMetadataName.Substring(r.TypeMetadataName.LastIndexOf('.') + 1))
            .ToImmutableHashSet(System.StringComparer.Ordinal);

    private static Dictionary<string, List<SinkMethod>> IndexRows()
    {
        var index = new Dictionary<string, List<SinkMethod>>(System.StringComparer.Ordinal);
        foreach (var row in AllRows)
        {
            if (!index.TryGetValue(row.TypeMetadataName, out var rows))
            {
                index[row.TypeMetadataName] = rows = new List<SinkMethod>();
            }

            rows.Add(row);
        }

        return index;
    }

    /// <summary>A cached answer, null row included.</summary>
    private readonly struct Found
    {
        public Found(SinkMethod? row) => Row = row;

        public SinkMethod? Row { get; }
    }
}
