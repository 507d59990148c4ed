using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Classification;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Endpoints;

/// <summary>
/// The endpoints of a compilation: MVC/API controller actions, Razor Pages handlers and minimal-API mappings, with
/// their routes, HTTP methods, parameter binding and effective authorization, following ASP.NET Core's conventions.
/// </summary>
/// <remarks>
/// One instance per compilation, shared by every endpoint rule (PII0203, PII0301–PII0303) through a weak table.
/// Nothing is computed up front: the endpoints of a type are built the first time a rule asks about one of its
/// methods, a Map* call's endpoint when a rule meets that call, and the compilation-wide facts (fallback policy,
/// global authorization filters) the first time an endpoint without authorization metadata needs them.
/// </remarks>
internal sealed class EndpointModel
{
    private static readonly ConditionalWeakTable<Compilation, StrongBox<EndpointModel?>> Instances = new();

    private static readonly ImmutableHashSet<string> MapMethods = ImmutableHashSet.Create(
        StringComparer.Ordinal, "MapGet", "MapPost", "MapPut", "MapDelete", "MapPatch", "MapMethods", "Map");

    private readonly Compilation compilation;
    private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableDictionary<IMethodSymbol, Endpoint>> byType = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxNode, Endpoint?> byMapCall = new();
    private readonly ConcurrentDictionary<IMethodSymbol, IOperation?> bodies = new(SymbolEqualityComparer.Default);
    private readonly Lazy<GlobalAuthorization> global;
    private readonly ConcurrentDictionary<IParameterSymbol, ImmutableArray<IOperation>> callSites = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<SyntaxTree, string> texts = new();
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> callSiteModels = new();
    private readonly ConcurrentDictionary<ILocalSymbol, MinimalApis.BuilderLocal> builderLocals = new(SymbolEqualityComparer.Default);
    private readonly Lazy<Dictionary<string, List<SyntaxTree>>> callNames;

    private EndpointModel(Compilation compilation, AnalyzerOptions options, AspNetSymbols symbols)
    {
        this.compilation = compilation;
        Symbols = symbols;
        Classifier = PiiClassifier.GetOrCreate(compilation, options);
        Options = options.AnalyzerConfigOptionsProvider;
        global = new Lazy<GlobalAuthorization>(() => GlobalAuthorization.Find(compilation, TextOf), LazyThreadSafetyMode.ExecutionAndPublication);
        Text = new CalleeText(compilation);
        callNames = new Lazy<Dictionary<string, List<SyntaxTree>>>(() => IndexCallNames(compilation, TextOf), LazyThreadSafetyMode.ExecutionAndPublication);
        Scoping = new CallerScoping(this);
    }

    public AspNetSymbols Symbols { get; }

    public PiiClassifier Classifier { get; }

    public AnalyzerConfigOptionsProvider Options { get; }

    public CallerScoping Scoping { get; }

    /// <summary>The identifier test that keeps callee bodies from being bound when they cannot change an answer.</summary>
    public CalleeText Text { get; }

    public Compilation Compilation => compilation;

    /// <summary>Fallback policy and global authorization filters, found once per compilation when first needed.</summary>
    public GlobalAuthorization Global => global.Value;

    /// <summary>The model of a compilation, or null when it does not reference ASP.NET Core.</summary>
    public static EndpointModel? GetOrCreate(Compilation compilation, AnalyzerOptions options)
        => Instances.GetValue(compilation, c =>
        {
            var symbols = AspNetSymbols.Create(c);
            return new StrongBox<EndpointModel?>(symbols is null ? null : new EndpointModel(c, options, symbols));
        }).Value;

    public EndpointSettings SettingsFor(SyntaxTree? tree)
        => EndpointSettings.From(tree is null ? Options.GlobalOptions : Options.GetOptions(tree));

    /// <summary>The endpoint of a controller action or a page handler, or null when the method is neither.</summary>
    public Endpoint? GetMethodEndpoint(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary || method.ContainingType is not { TypeKind: TypeKind.Class } type)
        {
            return null;
        }

        var endpoints = byType.GetOrAdd(type, BuildTypeEndpoints);
        return endpoints.TryGetValue(method.OriginalDefinition, out var endpoint) ? endpoint : null;
    }

    /// <summary>A controller or a Razor page model: a type whose bound properties are part of its endpoints.</summary>
    public bool IsEndpointType(INamedTypeSymbol type)
    {
        try
        {
            return Controllers.IsController(this, type) || (AspNetSymbols.DerivesFrom(type, Symbols.PageModel) && !type.IsAbstract);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>A cheap test: the invocation is one of the minimal-API Map* methods.</summary>
    public bool IsMapCall(IMethodSymbol method)
        => MapMethods.Contains(method.Name)
            && (SymbolEqualityComparer.Default.Equals(method.ContainingType, Symbols.EndpointRouteBuilderExtensions)
                || method.ContainingType?.Name == "EndpointRouteBuilderExtensions");

    /// <summary>The endpoint a minimal-API Map* call maps, built once per call.</summary>
    public Endpoint? GetMappedEndpoint(IInvocationOperation invocation)
        => byMapCall.GetOrAdd(invocation.Syntax, _ => MinimalApis.Build(this, invocation));

    /// <summary>A route-builder local of a mapping method, read once for all the endpoints mapped on it.</summary>
    public MinimalApis.BuilderLocal GetBuilderLocal(ILocalSymbol local, IOperation root)
        => builderLocals.TryGetValue(local, out var known) ? known : builderLocals.GetOrAdd(local, MinimalApis.ScanLocal(local, root));

    /// <summary>The body of an in-source method, bound once and cached (method-group handlers, repositories).</summary>
    public IOperation? GetBody(IMethodSymbol method)
    {
        method = method.OriginalDefinition;
        if (method.IsAbstract || method.IsExtern || !SymbolFacts.InSource(method))
        {
            return null;
        }

        return bodies.GetOrAdd(method, m => MethodBodies.Bind(compilation, m, includeAccessors: true).FirstOrDefault());
    }

    /// <summary>
    /// The arguments passed for a builder parameter at the in-source call sites of its method
    /// (<c>app.MapGroup("/api/ps").MapPatientEndpoints()</c>), so that a group prefix crosses a method boundary.
    /// Found once per parameter; a text test keeps the search to the files that name the method.
    /// </summary>
    public ImmutableArray<IOperation> CallSiteArguments(IParameterSymbol parameter)
        => callSites.GetOrAdd(parameter, p =>
        {
            if (p.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method || !SymbolFacts.InSource(method))
            {
                return ImmutableArray<IOperation>.Empty;
            }

            if (!callNames.Value.TryGetValue(method.Name, out var trees))
            {
                return ImmutableArray<IOperation>.Empty;
            }

            // Each occurrence of the name in those files, resolved to its token: no walk of a whole file.
            var invocations = new List<InvocationExpressionSyntax>();
            foreach (var tree in trees)
            {
                var text = TextOf(tree);
                var root = tree.GetRoot();
                for (var at = text.IndexOf(method.Name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(method.Name, at + method.Name.Length, StringComparison.Ordinal))
                {
                    if (root.FindToken(at).Parent is SimpleNameSyntax { Identifier.ValueText: var name } simpleName
                        && name == method.Name
                        && InvocationOf(simpleName) is { } invocation)
                    {
                        invocations.Add(invocation);
                    }
                }
            }

            var found = ImmutableArray.CreateBuilder<IOperation>();
            foreach (var invocation in invocations)
            {
                var semanticModel = callSiteModels.GetOrAdd(invocation.SyntaxTree, SemanticModelOf);
                if (semanticModel.GetOperation(invocation) is IInvocationOperation call
                    && SymbolEqualityComparer.Default.Equals((call.TargetMethod.ReducedFrom ?? call.TargetMethod).OriginalDefinition, method.OriginalDefinition)
                    && call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == p.Ordinal) is { } argument)
                {
                    found.Add(argument.Value);
                    if (found.Count >= 4)
                    {
                        break;
                    }
                }
            }

            return found.ToImmutable();
        });

    /// <summary>The invocation whose called name is <paramref name="name"/> (<c>M(...)</c>, <c>x.M(...)</c>, <c>x.M&lt;T&gt;(...)</c>).</summary>
    private static InvocationExpressionSyntax? InvocationOf(SimpleNameSyntax name)
        => name.Parent switch
        {
            InvocationExpressionSyntax invocation when invocation.Expression == name => invocation,
            MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax invocation } access when access.Name == name && invocation.Expression == access => invocation,
            _ => null,
        };

#pragma warning disable RS1030 // Call sites of a mapping method live in other methods, often Program.cs: one model per file holding them.
    private SemanticModel SemanticModelOf(SyntaxTree tree) => compilation.GetSemanticModel(tree);
#pragma warning restore RS1030

    /// <summary>
    /// For each name followed by <c>(</c> or <c>&lt;</c> anywhere in a file's text, the files that contain it: a
    /// superset of the files calling a method of that name (comments and strings included), read from the text in
    /// one pass per file, so that a call-site search never walks the syntax of files that cannot hold one.
    /// </summary>
    private static Dictionary<string, List<SyntaxTree>> IndexCallNames(Compilation compilation, Func<SyntaxTree, string> textOf)
    {
        var index = new Dictionary<string, List<SyntaxTree>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            seen.Clear();
            var text = textOf(tree);
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (!(char.IsLetter(c) || c == '_'))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                var end = i;
                while (i < text.Length && text[i] is ' ' or '\t' or '\r' or '\n')
                {
                    i++;
                }

                if (i < text.Length && text[i] is '(' or '<')
                {
                    var name = text.Substring(start, end - start);
                    if (seen.Add(name))
                    {
                        if (!index.TryGetValue(name, out var trees))
                        {
                            index[name] = trees = new List<SyntaxTree>();
                        }

                        trees.Add(tree);
                    }
                }
            }
        }

        return index;
    }

    /// <summary>The text of a tree as one string, made once per compilation for the text tests that search every file.</summary>
    public string TextOf(SyntaxTree tree) => texts.GetOrAdd(tree, t => t.GetText().ToString());

    private ImmutableDictionary<IMethodSymbol, Endpoint> BuildTypeEndpoints(INamedTypeSymbol type)
    {
        try
        {
            if (Controllers.IsController(this, type))
            {
                return Controllers.Build(this, type);
            }

            if (AspNetSymbols.DerivesFrom(type, Symbols.PageModel) && !type.IsAbstract)
            {
                return RazorPages.Build(this, type);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Code being typed: a model that cannot be built is no model, never an analyzer crash.
        }

        return ImmutableDictionary<IMethodSymbol, Endpoint>.Empty;
    }

    internal static bool AttributeIs(AttributeData attribute, string name)
    {
        for (var type = attribute.AttributeClass; type is not null; type = type.BaseType)
        {
            if (type.Name == name || (type.TypeKind == TypeKind.Error && type.Name + "Attribute" == name))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool HasAttribute(ISymbol symbol, string name)
        => symbol.GetAttributes().Any(a => AttributeIs(a, name));

    /// <summary>Attributes of a type and its base types (ASP.NET Core reads controller attributes with inherit: true).</summary>
    internal static IEnumerable<AttributeData> TypeAttributes(INamedTypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var attribute in current.GetAttributes())
            {
                yield return attribute;
            }
        }
    }

    /// <summary>Attributes of a method and the methods it overrides.</summary>
    internal static IEnumerable<AttributeData> MethodAttributes(IMethodSymbol method)
    {
        for (var current = method; current is not null; current = current.OverriddenMethod)
        {
            foreach (var attribute in current.GetAttributes())
            {
                yield return attribute;
            }
        }
    }

    internal static string? FirstStringArgument(AttributeData attribute)
    {
        foreach (var argument in attribute.ConstructorArguments)
        {
            if (argument.Kind == TypedConstantKind.Primitive && argument.Value is string text)
            {
                return text;
            }
        }

        return null;
    }

    internal static string? NamedString(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Value is string text)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>
    /// Effective authorization metadata with ASP.NET Core semantics: [AllowAnonymous] (or a subclass, or any
    /// IAllowAnonymous) anywhere wins; otherwise any [Authorize] (or subclass, or IAuthorizeData) authorizes.
    /// </summary>
    internal static void CollectAuthorization(IEnumerable<AttributeData> attributes, AuthorizationBuilder builder)
    {
        foreach (var attribute in attributes)
        {
            var type = attribute.AttributeClass;
            if (type is null)
            {
                continue;
            }

            if (AttributeIs(attribute, "AllowAnonymousAttribute") || Implements(type, "IAllowAnonymous"))
            {
                builder.Anonymous = true;
                continue;
            }

            if (AttributeIs(attribute, "AuthorizeAttribute") || Implements(type, "IAuthorizeData") || IsAuthorizationFilter(type))
            {
                builder.Authorized = true;
                foreach (var argument in attribute.ConstructorArguments)
                {
                    if (argument.Value is string text)
                    {
                        builder.Names.Add(text);
                    }
                }

                foreach (var argument in attribute.NamedArguments)
                {
                    if (argument.Key is "Roles" or "Policy" && argument.Value.Value is string text)
                    {
                        builder.Names.Add(text);
                    }
                }

                if (type.Name != "AuthorizeAttribute")
                {
                    // A subclass names what it requires ([PractitionerOnly]) and often sets Roles or Policy in its
                    // constructor: both are practitioner signals.
                    builder.Names.Add(type.Name.EndsWith("Attribute", StringComparison.Ordinal) ? type.Name.Substring(0, type.Name.Length - 9) : type.Name);
                    AddSourceStrings(type, builder.Names);
                }
            }
        }
    }

    private static void AddSourceStrings(INamedTypeSymbol type, List<string> names)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not TypeDeclarationSyntax declaration)
            {
                continue;
            }

            foreach (var literal in declaration.DescendantNodes().OfType<LiteralExpressionSyntax>())
            {
                if (literal.IsKind(SyntaxKind.StringLiteralExpression) && names.Count < 32)
                {
                    names.Add(literal.Token.ValueText);
                }
            }
        }
    }

    /// <summary>A custom filter attribute that authorizes (IAuthorizationFilter / IAsyncAuthorizationFilter).</summary>
    private static bool IsAuthorizationFilter(INamedTypeSymbol type)
        => SymbolFacts.InterfaceDefinitions(type).Any(i => i.Name is "IAuthorizationFilter" or "IAsyncAuthorizationFilter"
            && TypeShapes.NamespaceName(i.ContainingNamespace) == "Microsoft.AspNetCore.Mvc.Filters");

    private static bool Implements(INamedTypeSymbol type, string name)
    {
        foreach (var candidate in SymbolFacts.InterfaceDefinitions(type))
        {
            if (candidate.Name == name && TypeShapes.NamespaceName(candidate.ContainingNamespace) == "Microsoft.AspNetCore.Authorization")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a parameter binds from, following ASP.NET Core's inference.</summary>
    internal BindingSource InferBinding(IParameterSymbol parameter, HashSet<string> routeNames, bool complexFromBody, bool simpleFromForm = false)
        => InferBinding(parameter.GetAttributes(), parameter.Name, parameter.Type, routeNames, complexFromBody, simpleFromForm);

    /// <summary>
    /// Where a value declared with these attributes, name and type binds from: a handler parameter, or a member of an
    /// <c>[AsParameters]</c> type, which minimal APIs bind the same way.
    /// </summary>
    internal BindingSource InferBinding(
        ImmutableArray<AttributeData> attributes, string name, ITypeSymbol declaredType, HashSet<string> routeNames, bool complexFromBody, bool simpleFromForm = false)
    {
        if (ExplicitBinding(attributes) is { } declared)
        {
            return declared;
        }

        var type = TypeShapes.UnwrapNullable(declaredType);
        if (IsSpecial(type))
        {
            return BindingSource.Special;
        }

        if (routeNames.Contains(name))
        {
            return BindingSource.Route;
        }

        if (IsSimple(type) || (type is IArrayTypeSymbol array && IsSimple(TypeShapes.UnwrapNullable(array.ElementType))))
        {
            // MVC (not [ApiController]) and Razor Pages read posted forms before the query string.
            return simpleFromForm ? BindingSource.Form : BindingSource.Query;
        }

        if (type.TypeKind == TypeKind.Interface)
        {
            return BindingSource.Services;
        }

        return complexFromBody ? BindingSource.Body : BindingSource.Unknown;
    }

    /// <summary>
    /// The source a binding attribute names (<c>[FromRoute]</c>, <c>[FromQuery]</c>, <c>[FromBody]</c>, <c>[FromForm]</c>,
    /// <c>[FromHeader]</c>, <c>[FromServices]</c>; <see cref="BindingSource.Unknown"/> for <c>[AsParameters]</c> and
    /// <c>[ModelBinder]</c>), or null when none does.
    /// </summary>
    internal static BindingSource? ExplicitBinding(ImmutableArray<AttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (AttributeIs(attribute, "FromRouteAttribute"))
            {
                return BindingSource.Route;
            }

            if (AttributeIs(attribute, "FromQueryAttribute"))
            {
                return BindingSource.Query;
            }

            if (AttributeIs(attribute, "FromBodyAttribute"))
            {
                return BindingSource.Body;
            }

            if (AttributeIs(attribute, "FromFormAttribute"))
            {
                return BindingSource.Form;
            }

            if (AttributeIs(attribute, "FromHeaderAttribute"))
            {
                return BindingSource.Header;
            }

            if (AttributeIs(attribute, "FromServicesAttribute") || AttributeIs(attribute, "FromKeyedServicesAttribute"))
            {
                return BindingSource.Services;
            }

            if (AttributeIs(attribute, "AsParametersAttribute") || AttributeIs(attribute, "ModelBinderAttribute"))
            {
                return BindingSource.Unknown;
            }
        }

        return null;
    }

    private bool IsSpecial(ITypeSymbol type)
    {
        if (Symbols.IsIdentityType(type))
        {
            return true;
        }

        var ns = TypeShapes.NamespaceName(type.ContainingNamespace);
        return type.Name switch
        {
            "CancellationToken" => ns == "System.Threading",
            "HttpContext" or "HttpRequest" or "HttpResponse" or "IFormFile" or "IFormFileCollection" or "IFormCollection" => ns == "Microsoft.AspNetCore.Http",
            "Stream" => ns == "System.IO",
            "PipeReader" => ns == "System.IO.Pipelines",
            _ => false,
        };
    }

    internal static bool IsSimple(ITypeSymbol type)
        => type.SpecialType is >= SpecialType.System_Boolean and <= SpecialType.System_String or SpecialType.System_DateTime
            || type.TypeKind == TypeKind.Enum
            || (TypeShapes.NamespaceName(type.ContainingNamespace) == "System"
                && type.Name is "DateTime" or "DateTimeOffset" or "DateOnly" or "TimeOnly" or "TimeSpan" or "Guid" or "Uri" or "Half" or "Int128" or "UInt128")
            || HasStaticTryParse(type);

    private static bool HasStaticTryParse(ITypeSymbol type)
        => type.TypeKind is TypeKind.Struct or TypeKind.Class
            && !TypeShapes.IsFrameworkType(type)
            && type.GetMembers("TryParse").Any(m => m is IMethodSymbol { IsStatic: true });

    internal sealed class AuthorizationBuilder
    {
        public bool Anonymous { get; set; }

        public bool Authorized { get; set; }

        public List<string> Names { get; } = new();

        public EndpointAuthorization Build()
            => new(
                Anonymous ? EndpointAccess.Anonymous : Authorized ? EndpointAccess.Authorized : EndpointAccess.Unspecified,
                Names.ToImmutableArray());
    }
}
