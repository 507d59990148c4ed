using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Classification;
using PiiAnalyzers.Flow;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Sinks;

/// <summary>
/// Everything the output rules (PII0101–PII0105) know about one compilation: the resolved sink tables, the
/// classifier, what types show when printed, and the summaries of in-source wrapper methods.
/// </summary>
internal sealed class OutputModel
{
    /// <summary>Wrappers are followed this many calls deep (a wrapper calling a wrapper calling a sink).</summary>
    public const int MaxWrapperDepth = 3;

    private static readonly ConditionalWeakTable<Compilation, OutputModel> Instances = new();

    private readonly Compilation compilation;
    private readonly ConcurrentDictionary<IMethodSymbol, WrapperSummary> wrappers = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, bool> sanitizingHelpers = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IMethodSymbol, Taint> returnedData = new(SymbolEqualityComparer.Default);
    private readonly System.Func<IMethodSymbol, bool> computeReturnsOnlySanitized;
    private readonly System.Func<IMethodSymbol, Taint> computeReturnedData;

    /// <summary>The names of the types declared in source and of their members, read from the declarations.</summary>
    private readonly System.Lazy<HashSet<string>> sourceNames;

    [System.ThreadStatic]
    private static int helperDepth;

    private OutputModel(Compilation compilation, AnalyzerOptions options)
    {
        this.compilation = compilation;
        Classifier = PiiClassifier.GetOrCreate(compilation, options);
        Sinks = new SinkCatalog(compilation);
        Displayed = new DisplayedMembers(Classifier);
        computeReturnsOnlySanitized = ComputeReturnsOnlySanitized;
        computeReturnedData = ComputeReturnedData;
        sourceNames = new System.Lazy<HashSet<string>>(
            () => CollectSourceNames(compilation.Assembly.GlobalNamespace, new HashSet<string>(System.StringComparer.Ordinal)),
            System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public PiiClassifier Classifier { get; }

    public SinkCatalog Sinks { get; }

    public DisplayedMembers Displayed { get; }

    public static OutputModel GetOrCreate(Compilation compilation, AnalyzerOptions options)
        => Instances.GetValue(compilation, c => new OutputModel(c, options));

    /// <summary>
    /// The sink arguments of a call or object creation (empty when it is not a sink). <paramref name="caller"/> is the
    /// flow of the calling body, used to skip wrappers when no argument carries anything.
    /// </summary>
    public void CollectSinkArguments(IOperation operation, MethodFlow caller, List<SinkArgument> result, int depth = 0, Truncation? truncation = null)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
                Collect(invocation.TargetMethod, invocation.Arguments, invocation.Instance, caller, result, depth, truncation);
                break;
            case IObjectCreationOperation { Constructor: { } constructor } creation:
                Collect(constructor, creation.Arguments, null, caller, result, depth, truncation);
                break;
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { IsIndexer: true, SetMethod: { } setter } } } assignment
                when Sinks.Find(setter) is { } row:
                // tags["insurer"] = value
                result.Add(new SinkArgument(assignment.Value, row.Kind, destructured: false));
                break;
        }
    }

    private void Collect(
        IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, IOperation? instance, MethodFlow caller,
        List<SinkArgument> result, int depth, Truncation? truncation)
    {
        if (method.MethodKind == MethodKind.DelegateInvoke)
        {
            CollectDefinedDelegate(method, arguments, result);
            return;
        }

        if (Sinks.Find(method) is { } row)
        {
            CollectTable(row, arguments, result);
            return;
        }

        if (method.MethodKind == MethodKind.Constructor && Sinks.IsException(method.ContainingType))
        {
            var direct = false;
            foreach (var argument in arguments)
            {
                if (argument.Parameter is { } parameter && ExceptionSinks.MessageParameters.Contains(parameter.Name))
                {
                    direct = true;
                    AddFlattened(argument, SinkKind.Exception, result);
                }
            }

            if (direct || !SymbolFacts.InSource(method))
            {
                return;
            }
        }

        if (method.ContainingType is { } type && IsConsoleWriter(method, type, instance))
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter is { } parameter && parameter.Type.Name != "IFormatProvider")
                {
                    AddFlattened(argument, SinkKind.Console, result);
                }
            }

            return;
        }

        if (IsLoggerMessageMethod(method, out var template))
        {
            CollectLoggerMessage(method, arguments, template, result);
            return;
        }

        if (SymbolFacts.InSource(method) && AnyArgumentCarries(arguments, caller))
        {
            if (depth >= MaxWrapperDepth)
            {
                if (truncation is not null)
                {
                    truncation.Hit = true;
                }

                return;
            }

            var summary = SummaryOf(method, depth + 1, truncation);
            foreach (var argument in arguments)
            {
                // Reported at the call site even when the wrapper's own parameter is classified by name
                // (TracerNir(string nir)) and the write inside is reported too: the wrapper is a sink, callers choose
                // what they pass, and redacting inside clears both. Not when the parameter's type itself holds personal
                // data (Traiter(Demande demande) logging {@Demande}): every call passes such an object, so the finding
                // inside already names the leak and a report at each call would repeat it.
                if (argument.Parameter is { } parameter && parameter.Ordinal < summary.Parameters.Length
                    && summary.Parameters[parameter.Ordinal] is { Kind: not SinkKind.None } reached
                    && Classifier.GetCarriedCategories(parameter.Type) == PiiCategory.None)
                {
                    result.Add(new SinkArgument(argument.Value, reached.Kind, reached.ShowsMembers));
                }
            }
        }
    }

    private bool AnyArgumentCarries(ImmutableArray<IArgumentOperation> arguments, MethodFlow caller)
    {
        foreach (var argument in arguments)
        {
            if (argument.Value.ConstantValue.HasValue)
            {
                continue;
            }

            if (caller.Evaluate(argument.Value) is { IsInteresting: true })
            {
                return true;
            }

            // A holder may be destructured or serialised by the callee.
            var value = argument.Value is IConversionOperation conversion ? conversion.Operand : argument.Value;
            if (Classifier.GetCarriedCategories(value.Type) != PiiCategory.None)
            {
                return true;
            }
        }

        return false;
    }

    private void CollectTable(SinkMethod row, ImmutableArray<IArgumentOperation> arguments, List<SinkArgument> result)
    {
        List<MessageTemplate.Hole>? holes = null;
        IOperation? template = null;
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter && row.RoleOf(parameter.Name) == SinkParameterRole.Template)
            {
                template = argument.Value;
                if (argument.Value.ConstantValue is { HasValue: true, Value: string text })
                {
                    holes = MessageTemplate.Parse(text);
                }
            }
        }

        var index = 0;
        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { } parameter || row.RoleOf(parameter.Name) is not { } role)
            {
                continue;
            }

            switch (role)
            {
                case SinkParameterRole.Template:
                case SinkParameterRole.Value:
                    var destructured = parameter.Name == "value" && row.TypeMetadataName.StartsWith("Serilog", System.StringComparison.Ordinal)
                        && DestructuresObjects(arguments);
                    if (argument.Value.ConstantValue.HasValue)
                    {
                        break;
                    }

                    result.Add(new SinkArgument(argument.Value, row.Kind, destructured));
                    break;
                case SinkParameterRole.TemplateArgument:
                    var structured = IsStructuredLogger(row);
                    foreach (var value in Flatten(argument))
                    {
                        var hole = holes is null ? null : MessageTemplate.HoleFor(holes, index);
                        result.Add(new SinkArgument(
                            value, row.Kind, hole?.Destructures == true, hole is null ? -1 : index, hole is null ? null : template, structured));
                        index++;
                    }

                    break;
            }
        }
    }

    /// <summary>Loggers whose message templates write a collection argument element by element.</summary>
    private static bool IsStructuredLogger(SinkMethod row)
        => row.Kind == SinkKind.Log
            && (row.TypeMetadataName.StartsWith("Microsoft.Extensions.Logging", System.StringComparison.Ordinal)
                || row.TypeMetadataName.StartsWith("Serilog", System.StringComparison.Ordinal)
                || row.TypeMetadataName.StartsWith("NLog", System.StringComparison.Ordinal));

    private static bool DestructuresObjects(ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name == "destructureObjects" && argument.Value.ConstantValue is { HasValue: true, Value: true })
            {
                return true;
            }
        }

        return false;
    }

    private void CollectDefinedDelegate(IMethodSymbol invoke, ImmutableArray<IArgumentOperation> arguments, List<SinkArgument> result)
    {
        // LoggerMessage.Define returns Action<ILogger, T1, ..., Exception?>: every T is written to the log.
        if (Sinks.MelLogger is null || invoke.Parameters.Length < 2
            || !SymbolEqualityComparer.Default.Equals(invoke.Parameters[0].Type, Sinks.MelLogger))
        {
            return;
        }

        foreach (var argument in arguments)
        {
            if (argument.Parameter is { Ordinal: > 0 } parameter && !Sinks.IsException(parameter.Type))
            {
                result.Add(new SinkArgument(argument.Value, SinkKind.Log, destructured: false, enumerated: true));
            }
        }
    }

    private bool IsLoggerMessageMethod(IMethodSymbol method, out string? template)
    {
        template = null;
        // [LoggerMessage] methods return void: the attributes of every other call are never read.
        if (Sinks.LoggerMessageAttribute is null || !method.ReturnsVoid || method.MethodKind != MethodKind.Ordinary)
        {
            return false;
        }

        for (var part = 0; part < 2; part++)
        {
            var candidate = part == 0 ? method : method.PartialDefinitionPart;
            if (candidate is null)
            {
                continue;
            }

            foreach (var attribute in candidate.GetAttributes())
            {
                if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, Sinks.LoggerMessageAttribute))
                {
                    foreach (var named in attribute.NamedArguments)
                    {
                        if (named.Key == "Message" && named.Value.Value is string text)
                        {
                            template = text;
                        }
                    }

                    foreach (var constructorArgument in attribute.ConstructorArguments)
                    {
                        if (constructorArgument.Value is string text)
                        {
                            template = text;
                        }
                    }

                    return true;
                }
            }
        }

        return false;
    }

    private void CollectLoggerMessage(IMethodSymbol method, ImmutableArray<IArgumentOperation> arguments, string? template, List<SinkArgument> result)
    {
        var holes = template is null ? new List<MessageTemplate.Hole>() : MessageTemplate.Parse(template);
        foreach (var argument in arguments)
        {
            if (argument.Parameter is not { } parameter)
            {
                continue;
            }

            var type = parameter.Type;
            if (SymbolEqualityComparer.Default.Equals(type, Sinks.MelLogger) || Sinks.IsException(type)
                || type.Name == "LogLevel" || type.Name == "ILogger")
            {
                continue;
            }

            // A parameter classified by an attribute is redacted by the logging generator's redaction support.
            var definition = method.PartialDefinitionPart ?? method;
            var declared = parameter.Ordinal < definition.Parameters.Length ? definition.Parameters[parameter.Ordinal] : parameter;
            if (Classifier.Classify(declared).IsExplicit)
            {
                continue;
            }

            if (LogPropertiesOf(declared) is { } transitive)
            {
                // [LogProperties]: the generator writes each public property, those classified by an attribute through
                // the redactor; the others, and what a nested object's text shows, in clear.
                var shown = LoggedProperties(declared.Type, transitive, 0);
                if (shown != PiiCategory.None)
                {
                    result.Add(new SinkArgument(argument.Value, SinkKind.Log, destructured: true, shown: shown));
                }

                continue;
            }

            var destructured = false;
            foreach (var hole in holes)
            {
                if (string.Equals(hole.PlainName, parameter.Name, System.StringComparison.OrdinalIgnoreCase) && hole.Destructures)
                {
                    destructured = true;
                }
            }

            result.Add(new SinkArgument(argument.Value, SinkKind.Log, destructured, enumerated: true));
        }
    }

    /// <summary>Whether the parameter carries <c>[LogProperties]</c>, and then its <c>Transitive</c> setting; null without it.</summary>
    private static bool? LogPropertiesOf(IParameterSymbol parameter)
    {
        foreach (var attribute in parameter.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "LogPropertiesAttribute" } attributeClass
                && TypeShapes.IsInNamespace(attributeClass, "Microsoft.Extensions.Logging"))
            {
                foreach (var named in attribute.NamedArguments)
                {
                    if (named.Key == "Transitive" && named.Value.Value is true)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return null;
    }

    /// <summary>
    /// The categories a <c>[LogProperties]</c> object writes in clear: its public properties classified by name (one
    /// classified by an attribute is redacted), and for the others what their text shows, or with
    /// <c>Transitive = true</c> what their own properties write.
    /// </summary>
    private PiiCategory LoggedProperties(ITypeSymbol type, bool transitive, int depth)
    {
        var categories = PiiCategory.None;
        if (depth > 3)
        {
            return categories;
        }

        for (var current = TypeShapes.UnwrapNullable(type); current is not null && !TypeShapes.IsFrameworkType(current); current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is not IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public, GetMethod: not null } property
                    || property.Name == "EqualityContract")
                {
                    continue;
                }

                var classification = Classifier.Classify(property);
                if (classification.IsExplicit)
                {
                    continue;
                }

                categories |= classification.Categories;
                categories |= transitive && !TypeShapes.IsFrameworkType(property.Type) && property.Type.SpecialType == SpecialType.None
                    ? LoggedProperties(property.Type, transitive, depth + 1)
                    : Displayed.Of(property.Type);
            }
        }

        return categories;
    }

    private bool IsConsoleWriter(IMethodSymbol method, INamedTypeSymbol type, IOperation? instance)
    {
        if (Sinks.TextWriter is null || !LoggingSinks.TextWriterWrites.Contains(method.Name))
        {
            return false;
        }

        var derives = false;
        for (var current = type; current is not null; current = current.BaseType)
        {
            derives |= SymbolEqualityComparer.Default.Equals(current, Sinks.TextWriter);
        }

        return derives && IsConsoleStream(instance);
    }

    /// <summary>
    /// <c>Console.Out</c> or <c>Console.Error</c>, read directly or through a local or a read-only field initialised
    /// with it (<c>var w = Console.Out;</c>, <c>static readonly TextWriter Output = Console.Error;</c>).
    /// </summary>
    private bool IsConsoleStream(IOperation? instance)
    {
        while (instance is IConversionOperation conversion)
        {
            instance = conversion.Operand;
        }

        switch (instance)
        {
            case IPropertyReferenceOperation { Property: { Name: "Out" or "Error" } property }:
                return SymbolEqualityComparer.Default.Equals(property.ContainingType, Sinks.Console);
            case ILocalReferenceOperation { Local: { } local }:
                return InitialisedWithConsoleStream(local);
            case IFieldReferenceOperation { Field: { IsReadOnly: true } field }:
                return InitialisedWithConsoleStream(field);
            default:
                return false;
        }
    }

    private static bool InitialisedWithConsoleStream(ISymbol symbol)
    {
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: MemberAccessExpressionSyntax access }
                && access.Name.Identifier.ValueText is "Out" or "Error"
                && SyntaxNames.Rightmost(access.Expression) == "Console")
            {
                return true;
            }
        }

        return false;
    }

    private static void AddFlattened(IArgumentOperation argument, SinkKind kind, List<SinkArgument> result)
    {
        foreach (var value in Flatten(argument))
        {
            if (!value.ConstantValue.HasValue)
            {
                result.Add(new SinkArgument(value, kind, destructured: false));
            }
        }
    }

    /// <summary>The values of an argument: the elements of a params array or params collection, else the argument itself.</summary>
    private static IEnumerable<IOperation> Flatten(IArgumentOperation argument)
    {
        if (argument.Parameter is { IsParams: true } && argument.Value.Kind == OperationTree.CollectionExpression)
        {
            foreach (var element in argument.Value.ChildOperations)
            {
                yield return element;
            }

            yield break;
        }

        if (argument.ArgumentKind == ArgumentKind.ParamArray || argument.Value is IArrayCreationOperation { Initializer: not null })
        {
            if (argument.Value is IArrayCreationOperation { Initializer: { } initializer })
            {
                foreach (var element in initializer.ElementValues)
                {
                    yield return element;
                }
            }

            yield break;
        }

        yield return argument.Value;
    }

    /// <summary>
    /// An in-source helper whose every returned value passes through a barrier (a hash, a redactor), so that what it
    /// returns is not the data it was given. Cached per method; nested helpers are followed a few levels deep.
    /// </summary>
    public bool ReturnsOnlySanitized(IMethodSymbol method)
        => HelperAnswer(sanitizingHelpers, method, computeReturnsOnlySanitized, tooDeep: false);

    /// <summary>
    /// The personal data an in-source method or computed property returns by reading it itself, from the members of
    /// what it is given or holds (<c>Cle(b) => b.Nir + "-" + b.Id</c>, <c>Affichage => $"{Nom} ({Nir})"</c>), named
    /// after the method; <see cref="Taint.None"/> when it returns none. What its parameters bring by their own name
    /// (<c>FormatNir(string nir)</c>) is the caller's argument, followed there. The body is bound only when its text
    /// names a classified member or a name that looks like one. Cached per method; nested helpers a few levels deep.
    /// </summary>
    public Taint ReturnedData(IMethodSymbol method)
        => HelperAnswer(returnedData, method, computeReturnedData, tooDeep: Taint.None);

    /// <summary>One answer per helper, computed once; past the depth bound (nested helpers, recursion) the fallback, not cached.</summary>
    private static T HelperAnswer<T>(ConcurrentDictionary<IMethodSymbol, T> cache, IMethodSymbol method, System.Func<IMethodSymbol, T> compute, T tooDeep)
    {
        method = method.PartialImplementationPart ?? method.OriginalDefinition;
        if (cache.TryGetValue(method, out var known))
        {
            return known;
        }

        if (helperDepth >= MaxWrapperDepth)
        {
            return tooDeep;
        }

        helperDepth++;
        try
        {
            return cache.GetOrAdd(method, compute(method));
        }
        finally
        {
            helperDepth--;
        }
    }

    private bool ComputeReturnsOnlySanitized(IMethodSymbol method)
    {
        if (method.IsAbstract || method.IsExtern || method.Parameters.IsEmpty)
        {
            return false;
        }

        var returns = 0;
        foreach (var (flow, value) in ReturnedValues(method, includeAccessors: false))
        {
            returns++;
            if (!flow.Evaluate(value).IsSanitized)
            {
                return false;
            }
        }

        return returns > 0;
    }

    private Taint ComputeReturnedData(IMethodSymbol method)
    {
        if (method.IsAbstract || method.IsExtern || !MayReadPersonalData(method))
        {
            return Taint.None;
        }

        var categories = PiiCategory.None;
        foreach (var (flow, value) in ReturnedValues(method, includeAccessors: true))
        {
            if (flow.Evaluate(value) is { IsPersonal: true, WholeObject: false, Parameters: 0 } returned)
            {
                categories |= returned.Categories;
            }
        }

        var name = method.AssociatedSymbol?.Name ?? method.Name;
        return categories == PiiCategory.None ? Taint.None : new Taint(categories, name);
    }

    /// <summary>The values an in-source method's own bodies return (not its lambdas'), each with the flow of its body.</summary>
    private IEnumerable<(MethodFlow Flow, IOperation Value)> ReturnedValues(IMethodSymbol method, bool includeAccessors)
    {
        foreach (var body in MethodBodies.Bind(compilation, method, includeAccessors))
        {
            var flow = new MethodFlow(body, this, method);
            foreach (var returned in OperationTree.OwnReturns(body))
            {
                yield return (flow, returned.ReturnedValue!);
            }
        }
    }

    /// <summary>
    /// The text test before binding a helper: an identifier of its body is a classified member of its own type or of
    /// a parameter's type, or a name the lexicon would classify.
    /// </summary>
    private bool MayReadPersonalData(IMethodSymbol method)
    {
        var names = Classifier.OptionsFor(method).Names;
        HashSet<string>? classified = null;
        return SyntaxNames.Mentions(method, token => names.Match(token).IsMatch || (classified ??= ClassifiedMemberNames(method)).Contains(token));
    }

    private HashSet<string> ClassifiedMemberNames(IMethodSymbol method)
    {
        var result = new HashSet<string>(System.StringComparer.Ordinal);
        AddClassifiedMembers(method.ContainingType, result);
        foreach (var parameter in method.Parameters)
        {
            AddClassifiedMembers(TypeShapes.UnwrapNullable(parameter.Type), result);
        }

        return result;
    }

    private void AddClassifiedMembers(ITypeSymbol? type, HashSet<string> names)
    {
        if (type is null || !SymbolFacts.InSource(type))
        {
            return;
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol or IFieldSymbol { IsImplicitlyDeclared: false } && Classifier.Classify(member).IsPersonalData)
            {
                names.Add(member.Name);
            }
        }
    }

    /// <summary>
    /// Whether anything in the method's syntax can be a sink, read before binding it: a call named like a sink table's
    /// method or <c>Log*</c>, a call of a bare name, of <c>Invoke</c> or of a name declared in source (a wrapper, a
    /// <c>[LoggerMessage]</c> method, a <c>LoggerMessage.Define</c> delegate field), a creation of an exception, of a
    /// sink's or a source type, or an implicitly typed one, a <c>base(...)</c> / <c>this(...)</c> call (an exception's
    /// message), a collection initializer, an indexer assignment (<c>ThreadContext.Properties["x"] = v</c>). False only
    /// when none of these is there.
    /// </summary>
    private bool MayWriteToASink(IMethodSymbol method) => AnyNode(method, node => IsSinkSyntax(node) || MayBeSinkSyntax(node));

    /// <summary>A call of a sink table's method or of a <c>Log*</c> method, or the creation of an exception.</summary>
    private static bool IsSinkSyntax(SyntaxNode node)
        => node switch
        {
            InvocationExpressionSyntax invocation => SyntaxNames.Rightmost(invocation.Expression) is { } name
                && (SinkCatalog.MethodNames.Contains(name) || name.StartsWith("Log", System.StringComparison.Ordinal)),
            ObjectCreationExpressionSyntax creation => SyntaxNames.Rightmost(creation.Type) is { } type
                && type.EndsWith("Exception", System.StringComparison.Ordinal),
            _ => false,
        };

    /// <summary>What can reach a sink without naming one: see <see cref="MayWriteToASink"/>.</summary>
    private bool MayBeSinkSyntax(SyntaxNode node)
        => node switch
        {
            InvocationExpressionSyntax invocation => invocation.Expression is SimpleNameSyntax
                || SyntaxNames.Rightmost(invocation.Expression) is not { } called
                || called == "Invoke"
                || LoggingSinks.TextWriterWrites.Contains(called)
                || sourceNames.Value.Contains(called),
            ObjectCreationExpressionSyntax creation => SyntaxNames.Rightmost(creation.Type) is not { } type
                || SinkCatalog.ConstructedTypeNames.Contains(type)
                || sourceNames.Value.Contains(type),
            ConstructorInitializerSyntax or ImplicitObjectCreationExpressionSyntax
                or InitializerExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.CollectionInitializerExpression }
                or AssignmentExpressionSyntax { Left: ElementAccessExpressionSyntax or ImplicitElementAccessSyntax } => true,
            _ => false,
        };

    private static bool AnyNode(IMethodSymbol method, System.Func<SyntaxNode, bool> predicate)
    {
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            foreach (var node in reference.GetSyntax().DescendantNodes())
            {
                if (predicate(node))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static HashSet<string> CollectSourceNames(INamespaceOrTypeSymbol container, HashSet<string> names)
    {
        foreach (var member in container.GetMembers())
        {
            if (member is INamespaceSymbol @namespace)
            {
                CollectSourceNames(@namespace, names);
            }
            else if (member is INamedTypeSymbol type)
            {
                names.Add(type.Name);
                names.UnionWith(type.MemberNames);
                CollectSourceNames(type, names);
            }
        }

        return names;
    }

    /// <summary>The method's syntax calls a sink table's method or creates an exception.</summary>
    private static bool WritesToASink(IMethodSymbol method) => AnyNode(method, IsSinkSyntax);

    /// <summary>The summary of an in-source method: which parameters reach which sink. Cached per method.</summary>
    public WrapperSummary SummaryOf(IMethodSymbol method, int depth, Truncation? outer = null)
    {
        method = method.PartialImplementationPart ?? method.OriginalDefinition;
        if (wrappers.TryGetValue(method, out var cached))
        {
            return cached;
        }

        // Only a complete computation is cached: one cut at the depth bound (or in a cycle) may miss a sink.
        var truncation = new Truncation();
        var computed = ComputeSummary(method, depth, truncation);
        if (!truncation.Hit)
        {
            return wrappers.GetOrAdd(method, computed);
        }

        if (outer is not null)
        {
            outer.Hit = true;
        }

        return depth <= 1 ? wrappers.GetOrAdd(method, computed) : computed;
    }

    private WrapperSummary ComputeSummary(IMethodSymbol method, int depth, Truncation truncation)
    {
        if (method.Parameters.IsEmpty || method.IsExtern)
        {
            return WrapperSummary.Empty;
        }

        if (method.IsAbstract)
        {
            // An audit interface (IAuditTrail.ConsultationDroits(rpps, nir)): a parameter reaches a sink when it does
            // in any in-source implementation.
            var merged = new WrapperSummary.Reach[method.Parameters.Length];
            foreach (var implementation in SourceImplementations.Of(compilation).Targets(method))
            {
                // Only an implementation that writes to a sink itself is bound: a repository behind an interface,
                // given a NIR to look up, is not a wrapper.
                if (!WritesToASink(implementation))
                {
                    continue;
                }

                var summary = SummaryOf(implementation, depth + 1, truncation);
                for (var i = 0; i < merged.Length && i < summary.Parameters.Length; i++)
                {
                    if (merged[i].Kind == SinkKind.None && summary.Parameters[i].Kind != SinkKind.None)
                    {
                        merged[i] = summary.Parameters[i];
                    }
                }
            }

            return new WrapperSummary(ImmutableArray.Create(merged));
        }

        var reached = new WrapperSummary.Reach[method.Parameters.Length];
        if (!MayWriteToASink(method))
        {
            // A repository method given a NIR to look up: nothing in its syntax can write, so it is not bound.
            return new WrapperSummary(ImmutableArray.Create(reached));
        }

        foreach (var body in MethodBodies.Bind(compilation, method, includeAccessors: false))
        {
            var flow = new MethodFlow(body, this, method);
            var sinkArguments = new List<SinkArgument>();
            var leaves = new List<TaintLeaf>();
            foreach (var operation in body.DescendantsAndSelf())
            {
                // Calls, creations and indexer writes (ThreadContext.Properties["x"] = value): what CollectSinkArguments reads.
                if (operation is not (IInvocationOperation or IObjectCreationOperation or ISimpleAssignmentOperation))
                {
                    continue;
                }

                sinkArguments.Clear();
                CollectSinkArguments(operation, flow, sinkArguments, depth, truncation);
                foreach (var sinkArgument in sinkArguments)
                {
                    leaves.Clear();
                    flow.CollectLeaves(sinkArgument.Value, leaves);
                    foreach (var leaf in leaves)
                    {
                        for (var i = 0; i < reached.Length && i < 64; i++)
                        {
                            if ((leaf.Taint.Parameters & (1UL << i)) != 0)
                            {
                                reached[i] = new WrapperSummary.Reach(sinkArgument.Kind, reached[i].ShowsMembers || sinkArgument.Destructured);
                            }
                        }
                    }
                }
            }
        }

        return new WrapperSummary(ImmutableArray.Create(reached));
    }
}

/// <summary>Set when a wrapper summary was cut at the depth bound, so that it is not cached as complete.</summary>
internal sealed class Truncation
{
    public bool Hit { get; set; }
}

/// <summary>Which sink each parameter of an in-source method reaches (a wrapper that redacts reaches none).</summary>
internal sealed class WrapperSummary
{
    public static readonly WrapperSummary Empty = new(ImmutableArray<Reach>.Empty);

    public WrapperSummary(ImmutableArray<Reach> parameters) => Parameters = parameters;

    public ImmutableArray<Reach> Parameters { get; }

    public readonly struct Reach
    {
        public Reach(SinkKind kind, bool showsMembers)
        {
            Kind = kind;
            ShowsMembers = showsMembers;
        }

        public SinkKind Kind { get; }

        public bool ShowsMembers { get; }
    }
}
