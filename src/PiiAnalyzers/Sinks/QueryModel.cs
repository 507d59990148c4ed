using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Classification;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Sinks;

/// <summary>
/// What the bulk rules know about one compilation: the data-access types (resolved once), the classifier, and whether
/// each in-source method that returns a query returns it unbounded (computed once per method, on demand).
/// </summary>
internal sealed class QueryModel
{
    /// <summary>In-source query methods are followed this many calls deep (controller → service → repository).</summary>
    public const int MaxMethodDepth = 3;

    private static readonly ConditionalWeakTable<Compilation, QueryModel> Instances = new();

    private readonly Compilation compilation;
    private readonly AnalyzerConfigOptionsProvider optionsProvider;
    private readonly ConcurrentDictionary<IMethodSymbol, Boundedness> methods = new(SymbolEqualityComparer.Default);
    private readonly System.Lazy<Sql.SqlTableMap> tables;

    private QueryModel(Compilation compilation, AnalyzerOptions options)
    {
        this.compilation = compilation;
        optionsProvider = options.AnalyzerConfigOptionsProvider;
        Classifier = PiiClassifier.GetOrCreate(compilation, options);
        DbSet = compilation.GetTypeByMetadataName(QuerySources.DbSet);
        DbContext = compilation.GetTypeByMetadataName(QuerySources.DbContext);
        Queryable = compilation.GetTypeByMetadataName("System.Linq.IQueryable`1");
        AsyncEnumerable = compilation.GetTypeByMetadataName("System.Collections.Generic.IAsyncEnumerable`1");
        SqlMapper = compilation.GetTypeByMetadataName(QuerySources.DapperSqlMapper);
        DbCommand = compilation.GetTypeByMetadataName(QuerySources.DbCommand);
        IDbCommand = compilation.GetTypeByMetadataName(QuerySources.IDbCommand);
        DbDataAdapter = compilation.GetTypeByMetadataName("System.Data.Common.DbDataAdapter");
        tables = new System.Lazy<Sql.SqlTableMap>(() => new Sql.SqlTableMap(compilation, this), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public INamedTypeSymbol? SqlMapper { get; }

    public INamedTypeSymbol? DbCommand { get; }

    public INamedTypeSymbol? IDbCommand { get; }

    public INamedTypeSymbol? DbDataAdapter { get; }

    /// <summary>Table names mapped to source types; built on first use.</summary>
    public Sql.SqlTableMap Tables => tables.Value;

    /// <summary>A command type: derives from <c>DbCommand</c> or implements <c>IDbCommand</c>.</summary>
    public bool IsCommand(ITypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, DbCommand)
                || SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, DbDataAdapter))
            {
                return true;
            }
        }

        return SymbolEqualityComparer.Default.Equals(type, IDbCommand)
            || SymbolFacts.InterfaceDefinitions(type).Any(i => SymbolEqualityComparer.Default.Equals(i, IDbCommand));
    }

    public PiiClassifier Classifier { get; }

    public INamedTypeSymbol? DbSet { get; }

    public INamedTypeSymbol? DbContext { get; }

    public INamedTypeSymbol? Queryable { get; }

    public INamedTypeSymbol? AsyncEnumerable { get; }

    public static QueryModel GetOrCreate(Compilation compilation, AnalyzerOptions options)
        => Instances.GetValue(compilation, c => new QueryModel(c, options));

    public BulkOptions OptionsFor(SyntaxTree? tree)
        => BulkOptions.From(tree is null ? optionsProvider.GlobalOptions : optionsProvider.GetOptions(tree));

    /// <summary>The element of a sequence, a query, an async stream, or a task of one of those; else null.</summary>
    public ITypeSymbol? SequenceElement(ITypeSymbol? type)
    {
        if (type is null)
        {
            return null;
        }

        type = UnwrapTask(type);
        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named
            && (SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, AsyncEnumerable)
                || SymbolFacts.InterfaceDefinitions(named).Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, AsyncEnumerable))))
        {
            return named.TypeArguments[0];
        }

        return TypeShapes.ElementType(type);
    }

    /// <summary>The categories of the rows of a sequence type; none for a single value.</summary>
    public PiiCategory RowCategories(ITypeSymbol? type, out ITypeSymbol? element)
    {
        element = SequenceElement(type);
        return element is null ? PiiCategory.None : Classifier.GetHolderCategories(TypeShapes.UnwrapNullable(element));
    }

    public static ITypeSymbol UnwrapTask(ITypeSymbol type)
        => type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1, Name: "Task" or "ValueTask" } task
            && TypeShapes.IsInNamespace(task, "System.Threading.Tasks")
                ? task.TypeArguments[0]
                : type;

    public bool IsSequence(ITypeSymbol? type) => SequenceElement(type) is not null;

    public bool IsDbSet(ITypeSymbol? type)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, DbSet))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsQueryable(ITypeSymbol? type)
        => type is not null && Queryable is not null
            && (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, Queryable)
                || SymbolFacts.InterfaceDefinitions(type).Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, Queryable)));

    public bool DerivesFromDbContext(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, DbContext))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an OData <c>[EnableQuery(PageSize = n)]</c> (or a subclass that sets a page size) bounds what a method
    /// returns. Matched by full name through the attribute's base types, so source-declared copies and subclasses work.
    /// </summary>
    public static bool HasODataPageSize(ISymbol? symbol)
    {
        for (var current = symbol; current is not null; current = current is IMethodSymbol ? current.ContainingType : null)
        {
            foreach (var attribute in current.GetAttributes())
            {
                if (IsPagedEnableQuery(attribute))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsPagedEnableQuery(AttributeData attribute)
    {
        var depth = 0;
        for (var type = attribute.AttributeClass; type is not null && depth < 8; type = type.BaseType, depth++)
        {
            if (!QuerySources.EnableQueryAttributes.Contains(SymbolFacts.FullMetadataName(type)))
            {
                continue;
            }

            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Key == "PageSize" && argument.Value.Value is int size)
                {
                    return size > 0;
                }
            }

            // A subclass that sets its own page size (in its constructor or an initializer) bounds too.
            return depth > 0 && SetsPageSize(attribute.AttributeClass!, type);
        }

        return false;
    }

    private static bool SetsPageSize(INamedTypeSymbol subclass, INamedTypeSymbol enableQuery)
    {
        for (var type = subclass; type is not null && !SymbolEqualityComparer.Default.Equals(type, enableQuery); type = type.BaseType)
        {
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax().DescendantNodes().OfType<IdentifierNameSyntax>().Any(i => i.Identifier.ValueText == "PageSize"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private PiiCategory RowCategoriesOfDefinition(IMethodSymbol method)
    {
        var element = SequenceElement(method.OriginalDefinition.ReturnType);
        return element is null || element.TypeKind == TypeKind.TypeParameter ? PiiCategory.None : Classifier.GetHolderCategories(TypeShapes.UnwrapNullable(element));
    }

    /// <summary>
    /// The operation is inside a minimal-API handler lambda (<c>app.MapGet("/x", (Db db) =&gt; ...)</c>), whose returns
    /// go to the HTTP caller.
    /// </summary>
    public static bool IsMinimalApiHandlerReturn(IOperation operation)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation function)
            {
                var outer = function.Parent;
                while (outer is IDelegateCreationOperation or IConversionOperation)
                {
                    outer = outer.Parent;
                }

                return outer is IArgumentOperation { Parent: IInvocationOperation map }
                    && map.TargetMethod.Name.StartsWith("Map", System.StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>
    /// A Razor Pages handler (<c>OnGet</c>, <c>OnGetAsync</c>...) of a <c>PageModel</c>: what it assigns to the page's
    /// properties is what the page renders, its way of returning rows.
    /// </summary>
    public static bool IsRazorPageHandler(ISymbol symbol)
    {
        if (symbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method
            || !method.Name.StartsWith("On", System.StringComparison.Ordinal))
        {
            return false;
        }

        for (var type = method.ContainingType?.BaseType; type is not null; type = type.BaseType)
        {
            if (type.Name == "PageModel" && TypeShapes.IsInNamespace(type, "Microsoft.AspNetCore.Mvc.RazorPages"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an in-source method returns an unbounded query or sequence of rows. Cached per method.</summary>
    public Boundedness MethodResult(IMethodSymbol method, int depth)
    {
        method = method.PartialImplementationPart ?? method.OriginalDefinition;
        if (methods.TryGetValue(method, out var cached))
        {
            return cached;
        }

        var computed = ComputeMethodResult(method, depth);
        return depth <= 1 ? methods.GetOrAdd(method, computed) : computed;
    }

    private Boundedness ComputeMethodResult(IMethodSymbol method, int depth)
    {
        if (!IsSequence(method.ReturnType) || HasODataPageSize(method))
        {
            return Boundedness.Unknown;
        }

        var implementations = method.IsAbstract ? SourceImplementations.Of(compilation).Targets(method) : ImmutableArray<IMethodSymbol>.Empty;
        if (implementations.Length > 0
            && implementations.All(i => BoundingCalls.CallsBoundingOperator(i, OptionsFor(i.Locations.FirstOrDefault()?.SourceTree).MaxRows)))
        {
            // A repository interface whose in-source implementations all bound their rows (Take, First*, paging),
            // read from their syntax without binding them.
            return Boundedness.Bounded;
        }

        if (method.IsAbstract || method.IsExtern || !SymbolFacts.InSource(method))
        {
            // A repository interface: a query is unbounded by nature; a sequence is unbounded when nothing selects it.
            if (SymbolFacts.InSource(method) || method.ContainingType?.TypeKind == TypeKind.Interface)
            {
                var selective = method.Parameters.Any(p => p.Type.Name != "CancellationToken");
                if (IsQueryable(UnwrapTask(method.ReturnType)) || !selective)
                {
                    return Boundedness.Unbounded;
                }

                // A parameter may select one row or many (ListAsync(filter), ByInsurerAsync(code)): the in-source
                // implementations know. A generic repository's rows are reported at its callers, where they are known.
                return depth < MaxMethodDepth && implementations.Any(i => MethodResult(i, depth + 1) == Boundedness.Unbounded)
                    ? Boundedness.Unbounded
                    : Boundedness.Unknown;
            }

            return Boundedness.Unknown;
        }

        if (depth > MaxMethodDepth)
        {
            return Boundedness.Unknown;
        }

        var result = Boundedness.Unknown;
        foreach (var body in MethodBodies.Bind(compilation, method, includeAccessors: true))
        {
            var evaluator = new QueryEvaluator(this, body, OptionsFor(body.Syntax.SyntaxTree), depth + 1);
            foreach (var @return in OperationTree.OwnReturns(body))
            {
                var evaluated = @return.Kind == OperationKind.YieldReturn
                    ? evaluator.EvaluateYield(@return)
                    : evaluator.Evaluate(@return.ReturnedValue!);
                if (evaluated.Kind == Boundedness.Unbounded)
                {
                    // A method that materialises its rows is reported where it materialises them; its callers pass
                    // them on. Unless the method cannot be reported (a generic repository's rows are a T): then the
                    // caller, where T is known, is where the rows leave.
                    if (evaluated.Location is null || RowCategoriesOfDefinition(method) == PiiCategory.None
                        || method.MethodKind == MethodKind.LocalFunction)
                    {
                        return Boundedness.Unbounded;
                    }

                    return Boundedness.Unknown;
                }

                if (evaluated.Kind == Boundedness.Bounded)
                {
                    result = Boundedness.Bounded;
                }
            }
        }

        return result;
    }
}

internal enum Boundedness
{
    Unknown,
    Bounded,
    Unbounded,
}
