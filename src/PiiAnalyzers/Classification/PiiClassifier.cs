using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Options;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Classification;

/// <summary>
/// The classification engine: which symbols hold personal data, and which types hold such symbols.
/// </summary>
/// <remarks>
/// One instance per compilation, shared by every analyzer through a weak table, so that each symbol is classified
/// once whatever the number of rules asking. Both caches hold only symbols of that compilation that some rule asked
/// about, and they are released with the compilation: their size is bounded by the compilation's own symbol count.
/// Thread-safe: analyzers run concurrently.
/// </remarks>
internal sealed class PiiClassifier
{
    /// <summary>Holder types are followed through members this deep (Beneficiary → Contract → Guarantee...).</summary>
    public const int MaxHolderDepth = 4;

    private static readonly ConditionalWeakTable<Compilation, PiiClassifier> Instances = new();

    private readonly AnalyzerConfigOptionsProvider options;
    private readonly ConcurrentDictionary<ISymbol, MemberClassification> members = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, PiiCategory> holders = new(SymbolEqualityComparer.Default);

    private PiiClassifier(AnalyzerConfigOptionsProvider options) => this.options = options;

    public static PiiClassifier GetOrCreate(Compilation compilation, AnalyzerOptions analyzerOptions)
        => Instances.GetValue(compilation, _ => new PiiClassifier(analyzerOptions.AnalyzerConfigOptionsProvider));

    /// <summary>The options that apply to a symbol: those of its first declaring tree, else the global ones.</summary>
    private static readonly ConditionalWeakTable<INamedTypeSymbol, StrongBox<ImmutableArray<IParameterSymbol>>> PrimaryConstructorParameters = new();

    public ClassificationOptions OptionsFor(ISymbol symbol)
    {
        // Locations is stored on the symbol; DeclaringSyntaxReferences is built anew on each call.
        var tree = symbol.Locations.FirstOrDefault(l => l.IsInSource)?.SourceTree;
        var config = tree is null ? options.GlobalOptions : options.GetOptions(tree);
        return ClassificationOptions.From(config);
    }

    /// <summary>Classifies a field, property, parameter or local. Anything else is not personal data.</summary>
    public MemberClassification Classify(ISymbol? symbol)
    {
        switch (symbol)
        {
            case IFieldSymbol { AssociatedSymbol: IPropertySymbol property }:
                return Classify(property);
            case ILocalSymbol:
                // Each local is its own symbol, asked about by one method: computed (from the name answers each
                // classifier remembers) rather than stored for the compilation's lifetime.
                return ComputeMember(symbol);
            case IFieldSymbol:
            case IPropertySymbol:
            case IParameterSymbol:
                return members.TryGetValue(symbol, out var known) ? known : members.GetOrAdd(symbol, ComputeMember);
            default:
                return MemberClassification.NotPersonal;
        }
    }

    /// <summary>
    /// The categories of a value read by its column or key name rather than through a member: <c>row["NIR"]</c>,
    /// <c>reader["DATE_NAISSANCE"]</c>, a Dapper dynamic row's <c>.Nir</c>. By name only (the value is an object), and
    /// only names strong enough on their own: <c>Numero</c> or <c>Rang</c> need a person-like container, which a key
    /// does not have.
    /// </summary>
    public PiiCategory ClassifyKey(string name, SyntaxTree? tree)
    {
        var config = ClassificationOptions.From(tree is null ? options.GlobalOptions : options.GetOptions(tree));
        var match = config.Names.Match(name);
        if (!match.IsMatch || match.NeedsPersonContainer
            || (!config.Heuristics && !config.ConfiguredNames.Match(name).IsMatch))
        {
            return PiiCategory.None;
        }

        return match.Categories;
    }

    /// <summary>
    /// The categories a value of this type carries: its holder categories, through collections, arrays, nullables
    /// and dictionaries (<c>List&lt;Beneficiary&gt;</c>, <c>IQueryable&lt;Beneficiary&gt;</c>).
    /// </summary>
    public PiiCategory GetCarriedCategories(ITypeSymbol? type)
    {
        if (type is null)
        {
            return PiiCategory.None;
        }

        type = TypeShapes.UnwrapNullable(type);
        var element = TypeShapes.ElementType(type) ?? QueryElement(type);
        return element is not null ? GetHolderCategories(TypeShapes.UnwrapNullable(element)) : GetHolderCategories(type);
    }

    /// <summary>The categories of the classified members of a type, transitively, cycle-safe and depth-bounded.</summary>
    public PiiCategory GetHolderCategories(ITypeSymbol? type)
    {
        if (type is null || !MayHold(type))
        {
            return PiiCategory.None;
        }

        if (holders.TryGetValue(type, out var cached))
        {
            return cached;
        }

        var result = ComputeHolder(type, new HolderWalk(), depth: 0);
        return holders.GetOrAdd(type, result);
    }

    private PiiCategory ComputeHolder(ITypeSymbol type, HolderWalk walk, int depth)
    {
        if (depth > MaxHolderDepth || !walk.Visiting.Add(type))
        {
            return PiiCategory.None;
        }

        // Within one walk, a type met again at the same depth has the same answer: this keeps wide type graphs linear.
        if (walk.Done.TryGetValue((type, depth), out var done))
        {
            walk.Visiting.Remove(type);
            return done;
        }

        var categories = PiiCategory.None;
        for (var current = type; current is not null && MayHold(current); current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member.IsStatic || member.IsImplicitlyDeclared && member is not IPropertySymbol)
                {
                    continue;
                }

                ITypeSymbol? memberType = member switch
                {
                    IPropertySymbol { IsIndexer: false } property => property.Type,
                    IFieldSymbol { AssociatedSymbol: null } field => field.Type,
                    _ => null,
                };
                if (memberType is null)
                {
                    continue;
                }

                categories |= Classify(member).Categories;

                var unwrapped = TypeShapes.UnwrapNullable(memberType);
                var nested = TypeShapes.ElementType(unwrapped) is { } element ? TypeShapes.UnwrapNullable(element) : unwrapped;
                if (MayHold(nested))
                {
                    // Nested types are walked, not read from the cache: a cached result counts depth from that type,
                    // and reading it here would make the answer depend on which type some rule asked about first.
                    categories |= ComputeHolder(nested, walk, depth + 1);
                }
            }
        }

        walk.Visiting.Remove(type);
        walk.Done[(type, depth)] = categories;
        return categories;
    }

    /// <summary>The state of one holder computation: the path being walked, and the types already answered.</summary>
    private sealed class HolderWalk
    {
        public HashSet<ITypeSymbol> Visiting { get; } = new(SymbolEqualityComparer.Default);

        public Dictionary<(ITypeSymbol Type, int Depth), PiiCategory> Done { get; } = new(new TypeDepthComparer());
    }

    private sealed class TypeDepthComparer : IEqualityComparer<(ITypeSymbol Type, int Depth)>
    {
        public bool Equals((ITypeSymbol Type, int Depth) x, (ITypeSymbol Type, int Depth) y)
            => x.Depth == y.Depth && SymbolEqualityComparer.Default.Equals(x.Type, y.Type);

        public int GetHashCode((ITypeSymbol Type, int Depth) obj)
            => (SymbolEqualityComparer.Default.GetHashCode(obj.Type) * 31) + obj.Depth;
    }

    /// <summary>Only user types can hold classified members: framework types and primitives are never walked.</summary>
    private static bool MayHold(ITypeSymbol type)
        => type.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface
            && type.SpecialType == SpecialType.None
            && !TypeShapes.IsFrameworkType(type);

    private static ITypeSymbol? QueryElement(ITypeSymbol type)
        => type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named
            && TypeShapes.Implements(type, "IQueryable", "System.Linq")
                ? named.TypeArguments[0]
                : null;

    private MemberClassification ComputeMember(ISymbol symbol)
    {
        var fromAttributes = ClassifyByAttributes(symbol);
        if (fromAttributes.Source != ClassificationSource.None)
        {
            return fromAttributes;
        }

        if (symbol.IsImplicitlyDeclared && symbol is not IPropertySymbol)
        {
            return MemberClassification.NotPersonal;
        }

        var config = OptionsFor(symbol);
        if (config.IsIgnored(symbol))
        {
            return MemberClassification.NotPersonal;
        }

        var match = config.Names.Match(symbol.Name);
        if (!match.IsMatch)
        {
            return MemberClassification.NotPersonal;
        }

        var source = config.ConfiguredNames.Match(symbol.Name).IsMatch
            ? ClassificationSource.Configuration
            : ClassificationSource.NameHeuristic;
        if (source == ClassificationSource.NameHeuristic && !config.Heuristics)
        {
            return MemberClassification.NotPersonal;
        }

        if (match.NeedsPersonContainer && !InPersonLikeContainer(symbol, config))
        {
            return MemberClassification.NotPersonal;
        }

        var type = SymbolFacts.ValueType(symbol);
        var accepted = PiiCategory.None;
        foreach (var category in PiiCategoryExtensions.All)
        {
            if ((match.Categories & category) != 0 && TypeFilters.Accepts(category, type, config.Names))
            {
                accepted |= category;
            }
        }

        return accepted == PiiCategory.None
            ? MemberClassification.NotPersonal
            : new MemberClassification(accepted, source);
    }

    private static bool InPersonLikeContainer(ISymbol symbol, ClassificationOptions config)
    {
        var type = symbol.ContainingType;
        if (symbol is IParameterSymbol or ILocalSymbol)
        {
            type = symbol.ContainingSymbol?.ContainingType;
        }

        for (var depth = 0; type is not null && depth < 4; type = type.BaseType, depth++)
        {
            foreach (var word in IdentifierWords.Split(type.Name))
            {
                if (config.Names.IsPersonWord(word) || config.PersonContainers.Contains(word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private MemberClassification ClassifyByAttributes(ISymbol symbol)
    {
        if (symbol is ILocalSymbol)
        {
            // A local has no attributes and nothing it inherits them from.
            return MemberClassification.NotPersonal;
        }

        var categories = PiiCategory.None;
        foreach (var related in RelatedSymbols(symbol))
        {
            foreach (var attribute in related.GetAttributes())
            {
                var attributeClass = attribute.AttributeClass;
                if (attributeClass is null || attributeClass.TypeKind == TypeKind.Error)
                {
                    continue;
                }

                var name = SymbolFacts.FullMetadataName(attributeClass);
                if (KnownAttributes.OptOuts.Contains(name))
                {
                    return MemberClassification.OptedOut;
                }

                if (KnownAttributes.Categories.TryGetValue(name, out var category))
                {
                    categories |= category;
                }
                else if (IsDataClassification(attributeClass))
                {
                    categories |= CategoryOfCustomClassification(attributeClass, symbol);
                }
            }
        }

        return categories == PiiCategory.None
            ? MemberClassification.NotPersonal
            : new MemberClassification(categories, ClassificationSource.Attribute);
    }

    /// <summary>A custom data classification attribute classifies as its name says, else as personal data.</summary>
    private PiiCategory CategoryOfCustomClassification(INamedTypeSymbol attributeClass, ISymbol symbol)
    {
        var name = attributeClass.Name.EndsWith("Attribute", System.StringComparison.Ordinal)
            ? attributeClass.Name.Substring(0, attributeClass.Name.Length - "Attribute".Length)
            : attributeClass.Name;
        var match = OptionsFor(symbol).Names.Match(name);
        return match.IsMatch && !match.NeedsPersonContainer ? match.Categories : PiiCategory.PersonalData;
    }

    private static bool IsDataClassification(INamedTypeSymbol attributeClass)
    {
        for (var type = attributeClass.BaseType; type is not null; type = type.BaseType)
        {
            if (type.Name == "DataClassificationAttribute" && SymbolFacts.FullMetadataName(type) == KnownAttributes.DataClassificationAttribute)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The symbol and those whose attributes it inherits: overridden members, implemented interface members, and the
    /// record primary-constructor parameter behind a property (where <c>record R([Nir] string Nir)</c> puts the attribute).
    /// </summary>
    private static IEnumerable<ISymbol> RelatedSymbols(ISymbol symbol)
    {
        yield return symbol;

        switch (symbol)
        {
            case IPropertySymbol property:
                for (var overridden = property.OverriddenProperty; overridden is not null; overridden = overridden.OverriddenProperty)
                {
                    yield return overridden;
                }

                if (property.ContainingType is { } type)
                {
                    foreach (var implemented in ImplementedInterfaceMembers(property, type))
                    {
                        yield return implemented;
                    }

                    if (PrimaryConstructorParameter(type, property.Name) is { } parameter)
                    {
                        yield return parameter;
                    }
                }

                break;

            case IParameterSymbol { ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.Constructor } constructor } parameter
                when IsPrimaryConstructor(constructor):
                foreach (var member in constructor.ContainingType.GetMembers(parameter.Name))
                {
                    if (member is IPropertySymbol)
                    {
                        yield return member;
                    }
                }

                break;
        }
    }

    private static IEnumerable<ISymbol> ImplementedInterfaceMembers(IPropertySymbol property, INamedTypeSymbol type)
    {
        foreach (var @interface in SymbolFacts.AllInterfaces(type))
        {
            foreach (var member in @interface.GetMembers(property.Name))
            {
                if (member is IPropertySymbol
                    && SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), property))
                {
                    yield return member;
                }
            }
        }
    }

    private static IParameterSymbol? PrimaryConstructorParameter(INamedTypeSymbol type, string name)
    {
        foreach (var parameter in PrimaryConstructorParameters.GetValue(type, FindPrimaryConstructorParameters).Value)
        {
            if (parameter.Name == name)
            {
                return parameter;
            }
        }

        return null;
    }

    /// <summary>Found once per type: every property of a record or class asks.</summary>
    private static StrongBox<ImmutableArray<IParameterSymbol>> FindPrimaryConstructorParameters(INamedTypeSymbol type)
    {
        foreach (var constructor in type.InstanceConstructors)
        {
            if (IsPrimaryConstructor(constructor))
            {
                return new StrongBox<ImmutableArray<IParameterSymbol>>(constructor.Parameters);
            }
        }

        return new StrongBox<ImmutableArray<IParameterSymbol>>(ImmutableArray<IParameterSymbol>.Empty);
    }

    /// <summary>A primary constructor is declared by the type declaration itself.</summary>
    private static bool IsPrimaryConstructor(IMethodSymbol constructor)
    {
        foreach (var reference in constructor.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax)
            {
                return true;
            }
        }

        return false;
    }
}
