using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Sinks;

/// <summary>
/// The sink tables resolved against one compilation: the well-known types are looked up once, and a row whose library
/// is not referenced simply does not exist here.
/// </summary>
internal sealed class SinkCatalog
{
    private readonly Dictionary<INamedTypeSymbol, List<SinkMethod>> byType = new(SymbolEqualityComparer.Default);

    public SinkCatalog(Compilation compilation)
    {
        var resolved = new Dictionary<string, INamedTypeSymbol?>(System.StringComparer.Ordinal);
        foreach (var row in LoggingSinks.All.AddRange(TelemetrySinks.All))
        {
            // Several rows share a type: each name is resolved once (a lookup searches every reference).
            if (!resolved.TryGetValue(row.TypeMetadataName, out var found))
            {
                resolved[row.TypeMetadataName] = found = compilation.GetTypeByMetadataName(row.TypeMetadataName);
            }

            if (found is { } type)
            {
                if (!byType.TryGetValue(type, out var rows))
                {
                    byType[type] = rows = new List<SinkMethod>();
                }

                rows.Add(row);
            }
        }

        Exception = compilation.GetTypeByMetadataName(ExceptionSinks.ExceptionType);
        Console = compilation.GetTypeByMetadataName("System.Console");
        TextWriter = compilation.GetTypeByMetadataName("System.IO.TextWriter");
        MelLogger = compilation.GetTypeByMetadataName(LoggingSinks.MelLogger);
        LoggerMessageAttribute = compilation.GetTypeByMetadataName(LoggingSinks.MelLoggerMessageAttribute);
        StringBuilder = compilation.GetTypeByMetadataName("System.Text.StringBuilder");
        Redactor = compilation.GetTypeByMetadataName("Microsoft.Extensions.Compliance.Redaction.Redactor");
        Interfaces = ImmutableArray.CreateRange(FilterInterfaces(byType.Keys));
    }

    public INamedTypeSymbol? Exception { get; }

    public INamedTypeSymbol? Console { get; }

    public INamedTypeSymbol? TextWriter { get; }

    public INamedTypeSymbol? MelLogger { get; }

    public INamedTypeSymbol? LoggerMessageAttribute { get; }

    public INamedTypeSymbol? StringBuilder { get; }

    public INamedTypeSymbol? Redactor { get; }

    private ImmutableArray<INamedTypeSymbol> Interfaces { get; }

    /// <summary>The table row for a method, looking through implementations of sink interfaces.</summary>
    public SinkMethod? Find(IMethodSymbol method)
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

        if (byType.TryGetValue(type, out var rows) && Match(rows, name) is { } direct)
        {
            return direct;
        }

        if (method.IsStatic || Interfaces.IsEmpty)
        {
            return null;
        }

        foreach (var candidate in SymbolFacts.InterfaceDefinitions(type))
        {
            if (byType.TryGetValue(candidate.OriginalDefinition, out var inherited) && Match(inherited, name) is { } row)
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

    private static IEnumerable<INamedTypeSymbol> FilterInterfaces(IEnumerable<INamedTypeSymbol> types)
    {
        foreach (var type in types)
        {
            if (type.TypeKind == TypeKind.Interface)
            {
                yield return type;
            }
        }
    }
}
