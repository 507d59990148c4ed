using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Classification;

/// <summary>Cheap structural questions about types, answered from symbols without any per-compilation lookup.</summary>
internal static class TypeShapes
{
    private static readonly ConditionalWeakTable<INamedTypeSymbol, StrongBox<ITypeSymbol?>> DefinitionElements = new();
    private static readonly ConditionalWeakTable<INamespaceSymbol, string> NamespaceNames = new();

    /// <summary>The dotted name of a namespace (<c>ToDisplayString</c>), built once per namespace symbol; null for no namespace.</summary>
    public static string? NamespaceName(INamespaceSymbol? ns)
        => ns is null ? null : NamespaceNames.GetValue(ns, n => n.ToDisplayString());

    public static ITypeSymbol UnwrapNullable(ITypeSymbol type)
        => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : type;

    public static bool IsInNamespace(ITypeSymbol type, string ns)
        => type.ContainingNamespace is { } containing && IsNamespace(containing, ns);

    /// <summary>The namespace's dotted name is <paramref name="ns"/>, compared part by part from the innermost, without building the name.</summary>
    public static bool IsNamespace(INamespaceSymbol? containing, string ns)
    {
        var end = ns.Length;
        for (var current = containing; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
        {
            var name = current.Name;
            var start = end - name.Length;
            if (start < 0 || string.CompareOrdinal(ns, start, name, 0, name.Length) != 0)
            {
                return false;
            }

            if (start == 0)
            {
                return current.ContainingNamespace is null or { IsGlobalNamespace: true };
            }

            if (ns[start - 1] != '.')
            {
                return false;
            }

            end = start - 1;
        }

        return end == 0 && ns.Length == 0;
    }

    public static bool IsSystemType(ITypeSymbol type, string name)
        => type.Name == name && IsInNamespace(type, "System");

    public static bool IsFrameworkType(ITypeSymbol type)
    {
        for (var ns = type.ContainingNamespace; ns is not null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
        {
            if (ns.ContainingNamespace is { IsGlobalNamespace: true } && ns.Name is "System" or "Microsoft" or "Newtonsoft")
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsNumeric(ITypeSymbol type)
        => type.SpecialType is SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64
            or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64
            or SpecialType.System_Decimal or SpecialType.System_Double or SpecialType.System_Single
            || IsSystemType(type, "Int128") || IsSystemType(type, "UInt128")
            || (type.Name == "BigInteger" && IsInNamespace(type, "System.Numerics"));

    public static bool IsTextual(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_String)
        {
            return true;
        }

        if (type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Char })
        {
            return true;
        }

        return type is INamedTypeSymbol { IsGenericType: true } named
            && named.TypeArguments[0].SpecialType == SpecialType.System_Char
            && named.Name is "ReadOnlySpan" or "Span" or "ReadOnlyMemory" or "Memory"
            && IsInNamespace(named, "System");
    }

    public static bool IsDateLike(ITypeSymbol type)
        => IsSystemType(type, "DateTime") || IsSystemType(type, "DateTimeOffset") || IsSystemType(type, "DateOnly");

    public static bool IsSmallValue(ITypeSymbol type)
        => type.SpecialType is SpecialType.System_String or SpecialType.System_Char
            || IsNumeric(type)
            || type.TypeKind == TypeKind.Enum
            || IsSystemType(type, "Guid")
            || (type.TypeKind == TypeKind.Struct && !IsFrameworkType(type));

    /// <summary>Fractional numbers: amounts, rates and shares, never a name, an identifier or a status.</summary>
    public static bool IsFractional(ITypeSymbol type)
        => type.SpecialType is SpecialType.System_Decimal or SpecialType.System_Double or SpecialType.System_Single;

    /// <summary>Types that are never data: delegates, tasks, queries, services.</summary>
    public static bool IsNeverData(ITypeSymbol type)
        => type.SpecialType == SpecialType.System_Boolean
            || type.TypeKind is TypeKind.Delegate or TypeKind.Pointer or TypeKind.FunctionPointer or TypeKind.TypeParameter
            || (type.Name is "Task" or "ValueTask" && IsInNamespace(type, "System.Threading.Tasks"))
            || Implements(type, "IQueryable", "System.Linq");

    /// <summary>
    /// A record read by column or key name, whose string-keyed indexer returns the data of that column: ADO.NET rows and
    /// readers (<c>DataRow</c>, <c>DataRowView</c>, <c>IDataRecord</c>), untyped rows (a dictionary of <c>object</c>
    /// values, as Dapper's rows are), EF Core's tracked values (<c>entry.OriginalValues["Nir"]</c>), JSON nodes, and a
    /// request's query, form and headers. Not a dictionary of strings (a
    /// label table), not configuration or a localizer (the key names a setting or a text).
    /// </summary>
    public static bool IsKeyedRecord(INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        if ((type.Name is "DataRow" or "DataRowView" && IsInNamespace(type, "System.Data"))
            || (type.Name is "JsonNode" or "JsonObject" && IsInNamespace(type, "System.Text.Json.Nodes"))
            || (type.Name is "PropertyValues" && IsInNamespace(type, "Microsoft.EntityFrameworkCore.ChangeTracking"))
            || (type.Name is "IQueryCollection" or "IFormCollection" or "IHeaderDictionary" or "QueryCollection" or "FormCollection" or "HeaderDictionary"
                && IsInNamespace(type, "Microsoft.AspNetCore.Http"))
            || Implements(type, "IDataRecord", "System.Data"))
        {
            return true;
        }

        return type.TypeArguments.Length == 2
            && type.TypeArguments[0].SpecialType == SpecialType.System_String
            && type.TypeArguments[1].SpecialType == SpecialType.System_Object
            && type.Name is "IDictionary" or "IReadOnlyDictionary" or "Dictionary"
            && IsInNamespace(type, "System.Collections.Generic");
    }

    /// <summary>
    /// The element type of an array or a generic collection (<c>IEnumerable&lt;T&gt;</c>; the value of a dictionary),
    /// or null when the type is not a collection. <c>string</c> is not a collection here.
    /// </summary>
    public static ITypeSymbol? ElementType(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return array.ElementType;
        }

        if (type.SpecialType == SpecialType.System_String || type is not INamedTypeSymbol named)
        {
            return null;
        }

        if (named.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
        {
            return named.TypeArguments[0];
        }

        // The common collections answer from their own type argument, without building their interface lists.
        if (named.TypeArguments.Length == 1 && IsInNamespace(named, "System.Collections.Generic")
            && named.Name is "List" or "IList" or "IReadOnlyList" or "ICollection" or "IReadOnlyCollection" or "HashSet" or "ISet" or "IReadOnlySet"
                or "LinkedList" or "Queue" or "Stack" or "SortedSet")
        {
            return named.TypeArguments[0];
        }

        // Asked of the definition (one symbol per generic type), then put in the constructed type's terms.
        var raw = DefinitionElements.GetValue(named.OriginalDefinition, ComputeDefinitionElement).Value;
        if (raw is null)
        {
            return null;
        }

        return SymbolFacts.InTermsOf(raw, named) ?? ComputeElement(SymbolFacts.AllInterfaces(named));
    }

    private static StrongBox<ITypeSymbol?> ComputeDefinitionElement(INamedTypeSymbol definition)
        => new(ComputeElement(SymbolFacts.AllInterfaces(definition)));

    /// <summary>
    /// The element of the first <c>IEnumerable&lt;T&gt;</c> among the interfaces; a dictionary's value; a lookup's
    /// element (<c>ILookup&lt;K, T&gt;</c> enumerates groupings of <c>T</c>).
    /// </summary>
    private static ITypeSymbol? ComputeElement(ImmutableArray<INamedTypeSymbol> interfaces)
    {
        foreach (var candidate in interfaces)
        {
            if (candidate.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                var element = candidate.TypeArguments[0];
                return element is INamedTypeSymbol { Name: "KeyValuePair" or "IGrouping", TypeArguments.Length: 2 } pair
                    ? pair.TypeArguments[1]
                    : element;
            }
        }

        return null;
    }

    public static bool Implements(ITypeSymbol type, string name, string ns)
    {
        if (type.Name == name && IsInNamespace(type, ns))
        {
            return true;
        }

        foreach (var candidate in SymbolFacts.InterfaceDefinitions(type))
        {
            if (candidate.Name == name && IsInNamespace(candidate, ns))
            {
                return true;
            }
        }

        return false;
    }
}
