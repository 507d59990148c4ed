using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Infrastructure;

/// <summary>
/// Symbol questions every rule asks on hot paths, answered without the allocations of the public API:
/// <see cref="ISymbol.DeclaringSyntaxReferences"/> and <see cref="ITypeSymbol.AllInterfaces"/> build a new array on
/// each call for source symbols, once per invocation analysed.
/// </summary>
internal static class SymbolFacts
{
    private static readonly ConditionalWeakTable<ITypeSymbol, StrongBox<ImmutableArray<INamedTypeSymbol>>> Interfaces = new();
    private static readonly ConditionalWeakTable<INamedTypeSymbol, string> MetadataNames = new();

    /// <summary>
    /// The name <see cref="Compilation.GetTypeByMetadataName"/> takes (<c>Namespace.Outer+Inner`1</c>), built once per
    /// type symbol: attribute and sink tables are matched by it.
    /// </summary>
    public static string FullMetadataName(INamedTypeSymbol type) => MetadataNames.GetValue(type, ComputeFullMetadataName);

    /// <summary>The type of the value a field, property, parameter or local holds; null for any other symbol.</summary>
    public static ITypeSymbol? ValueType(ISymbol? symbol) => symbol switch
    {
        IFieldSymbol field => field.Type,
        IPropertySymbol property => property.Type,
        IParameterSymbol parameter => parameter.Type,
        ILocalSymbol local => local.Type,
        _ => null,
    };

    /// <summary>The symbol is declared in source code, with syntax of its own (not synthesized, not from metadata).</summary>
    public static bool InSource(ISymbol? symbol)
    {
        if (symbol is null)
        {
            return false;
        }

        if (symbol.IsImplicitlyDeclared)
        {
            // Synthesized members (record methods, default constructors) have a location but no syntax of their own.
            return !symbol.DeclaringSyntaxReferences.IsEmpty;
        }

        var locations = symbol.Locations;
        return !locations.IsEmpty && locations[0].IsInSource;
    }

    /// <summary><see cref="ITypeSymbol.AllInterfaces"/>, built once per type symbol.</summary>
    public static ImmutableArray<INamedTypeSymbol> AllInterfaces(ITypeSymbol type)
        => Interfaces.GetValue(type, t => new StrongBox<ImmutableArray<INamedTypeSymbol>>(t.AllInterfaces)).Value;

    /// <summary>
    /// The interfaces of the type's definition, for "does it implement X" questions asked by name or by definition.
    /// A constructed type (<c>DbSet&lt;Beneficiary&gt;</c>, <c>IIncludableQueryable&lt;...&gt;</c>) is often a fresh symbol
    /// per expression, and its own interface list is substituted anew each time; its definition is one symbol.
    /// </summary>
    public static ImmutableArray<INamedTypeSymbol> InterfaceDefinitions(ITypeSymbol type)
        => AllInterfaces(type.OriginalDefinition);

    /// <summary>
    /// <paramref name="definitionType"/>, a type met in the type definition's own terms, in the terms of the
    /// constructed <paramref name="type"/>: a type parameter of the definition becomes the matching type argument.
    /// Null when it cannot be mapped that simply (the caller then asks the constructed type itself).
    /// </summary>
    public static ITypeSymbol? InTermsOf(ITypeSymbol definitionType, ITypeSymbol type)
    {
        if (definitionType is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Type } parameter)
        {
            return type is INamedTypeSymbol named
                && SymbolEqualityComparer.Default.Equals(parameter.DeclaringType, named.OriginalDefinition)
                && parameter.Ordinal < named.TypeArguments.Length
                ? named.TypeArguments[parameter.Ordinal]
                : null;
        }

        return MentionsTypeParameter(definitionType, 0) ? null : definitionType;
    }

    private static bool MentionsTypeParameter(ITypeSymbol type, int depth)
        => depth > 8 || type switch
        {
            ITypeParameterSymbol => true,
            IArrayTypeSymbol array => MentionsTypeParameter(array.ElementType, depth + 1),
            INamedTypeSymbol named => named.TypeArguments.Any(a => MentionsTypeParameter(a, depth + 1)),
            _ => false,
        };

    private static string ComputeFullMetadataName(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace;
        var prefix = ns is null || ns.IsGlobalNamespace ? string.Empty : ns.ToDisplayString() + ".";
        var name = type.MetadataName;
        for (var containing = type.ContainingType; containing is not null; containing = containing.ContainingType)
        {
            name = containing.MetadataName + "+" + name;
        }

        return prefix + name;
    }
}
