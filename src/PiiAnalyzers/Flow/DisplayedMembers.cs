using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PiiAnalyzers.Classification;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Flow;

/// <summary>
/// What a value shows of itself when it is printed (<c>ToString</c>): records and anonymous types print their members
/// (compiler-generated <c>ToString</c>), a <c>ToString</c> override prints what its body reads, and a plain class prints
/// only its type name. Cached per type for one compilation.
/// </summary>
internal sealed class DisplayedMembers
{
    private const int MaxDepth = 3;

    private readonly PiiClassifier classifier;
    private readonly ConcurrentDictionary<ITypeSymbol, PiiCategory> cache = new(SymbolEqualityComparer.Default);

    public DisplayedMembers(PiiClassifier classifier) => this.classifier = classifier;

    /// <summary>The categories of the classified members that <c>ToString</c> of this type writes out.</summary>
    public PiiCategory Of(ITypeSymbol? type) => Of(type, 0);

    private PiiCategory Of(ITypeSymbol? type, int depth)
    {
        if (type is null || depth > MaxDepth)
        {
            return PiiCategory.None;
        }

        type = TypeShapes.UnwrapNullable(type);
        if (type.SpecialType != SpecialType.None || type.TypeKind is not (TypeKind.Class or TypeKind.Struct)
            || (!type.IsAnonymousType && TypeShapes.IsFrameworkType(type)))
        {
            return PiiCategory.None;
        }

        if (cache.TryGetValue(type, out var known))
        {
            return known;
        }

        var computed = Compute(type, depth);
        return depth == 0 ? cache.GetOrAdd(type, computed) : computed;
    }

    private PiiCategory Compute(ITypeSymbol type, int depth)
    {
        if (FindToStringOverride(type) is { } toString)
        {
            return ReadByBody(toString, type);
        }

        if (!type.IsAnonymousType && !type.IsRecord)
        {
            return PiiCategory.None;
        }

        var categories = PiiCategory.None;
        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public } property
                && property.Name != "EqualityContract")
            {
                categories |= classifier.Classify(property).Categories;
                categories |= Of(property.Type, depth + 1);
            }
        }

        return categories;
    }

    /// <summary>A <c>ToString()</c> written in source, in the type or a base type below the framework.</summary>
    private static IMethodSymbol? FindToStringOverride(ITypeSymbol type)
    {
        for (var current = type; current is not null && !TypeShapes.IsFrameworkType(current) && current.SpecialType == SpecialType.None; current = current.BaseType)
        {
            foreach (var member in current.GetMembers("ToString"))
            {
                if (member is IMethodSymbol { Parameters.Length: 0, IsOverride: true, IsImplicitlyDeclared: false } method
                    && SymbolFacts.InSource(method))
                {
                    return method;
                }
            }
        }

        return null;
    }

    /// <summary>The classified members of the type whose names the body of its ToString mentions (a syntactic, cheap read).</summary>
    private PiiCategory ReadByBody(IMethodSymbol toString, ITypeSymbol type)
    {
        var categories = PiiCategory.None;
        foreach (var reference in toString.DeclaringSyntaxReferences)
        {
            foreach (var node in reference.GetSyntax().DescendantNodes())
            {
                if (node is not IdentifierNameSyntax identifier)
                {
                    continue;
                }

                for (var current = type; current is not null && !TypeShapes.IsFrameworkType(current); current = current.BaseType)
                {
                    foreach (var member in current.GetMembers(identifier.Identifier.ValueText))
                    {
                        if (member is IPropertySymbol or IFieldSymbol)
                        {
                            categories |= classifier.Classify(member).Categories;
                        }
                    }
                }
            }
        }

        return categories;
    }
}
