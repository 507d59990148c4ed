using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using PiiAnalyzers.Classification;
using PiiAnalyzers.Flow;
using PiiAnalyzers.Sinks;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Rules;

/// <summary>
/// PII0101–PII0105: personal data written to logs, console/Debug/Trace, exception messages and telemetry, and whole
/// objects that print their personal members. One analyzer for the family, because the five rules share the sink
/// tables and the flow: each sink call is analysed once.
/// </summary>
/// <remarks>
/// Cheap first: an invocation or object creation is looked up in the sink tables (resolved once per compilation);
/// the flow of the method body starts only when a call is a sink, and its index of writes is built lazily.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PersonalDataOutputAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The primary category of the reported data.</summary>
    public const string CategoryProperty = "Category";

    /// <summary>The Redact helper that fits the value's category and type: Nir, BirthDate or Value.</summary>
    public const string RedactorProperty = "Redactor";

    /// <summary>For a template argument with a literal template: the index of the argument among the template's arguments.</summary>
    public const string HoleIndexProperty = "HoleIndex";

    /// <summary>Set when the diagnostic is on an argument of a [LoggerMessage] method: the parameter's ordinal.</summary>
    public const string LoggerMessageParameterProperty = "LoggerMessageParameter";

    /// <summary>
    /// For PII0103: the object's own key that holds no personal data (<c>Id</c>, <c>BeneficiaryId</c>), accessible where
    /// the object is written, which a fix can write instead of the whole object.
    /// </summary>
    public const string IdentifierMemberProperty = "IdentifierMember";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.PII0101PersonalDataInLog,
        Descriptors.PII0102PersonalDataInConsole,
        Descriptors.PII0103WholeObjectOutput,
        Descriptors.PII0104PersonalDataInException,
        Descriptors.PII0105PersonalDataInTelemetry);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCode.Flags);
        context.RegisterCompilationStartAction(start =>
        {
            var model = OutputModel.GetOrCreate(start.Compilation, start.Options);
            start.RegisterOperationBlockStartAction(block =>
            {
                if (block.IsGeneratedCode)
                {
                    return;
                }

                var state = new BlockState(model);
                block.RegisterOperationAction(
                    c => state.Analyze(c),
                    OperationKind.Invocation,
                    OperationKind.ObjectCreation,
                    OperationKind.SimpleAssignment);
            });
        });
    }

    /// <summary>The per-body state: the lazily built flow of each operation block root, and what was reported.</summary>
    private sealed class BlockState
    {
        private readonly OutputModel model;
        // Built on first use: most bodies hold no sink at all.
        private readonly object gate = new();
        private Dictionary<IOperation, MethodFlow>? flows;
        private HashSet<(TextSpan, string)>? reported;

        public BlockState(OutputModel model) => this.model = model;

        public void Analyze(OperationAnalysisContext context)
        {
            var operation = context.Operation;
            if (operation.Syntax.ContainsDiagnostics && operation is IInvocationOperation { TargetMethod: null })
            {
                return;
            }

            // Of the assignments, only an indexer's can write to a sink (tags["nir"] = value): the rest cost nothing.
            if (operation is ISimpleAssignmentOperation { Target: not IPropertyReferenceOperation { Property.IsIndexer: true } })
            {
                return;
            }

            var flow = FlowFor(operation);
            var sinkArguments = new List<SinkArgument>();
            model.CollectSinkArguments(operation, flow, sinkArguments);
            if (sinkArguments.Count == 0)
            {
                return;
            }

            var leaves = new List<TaintLeaf>();
            foreach (var sinkArgument in sinkArguments)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                leaves.Clear();
                flow.CollectLeaves(sinkArgument.Value, leaves);
                if (!leaves.Exists(l => l.Taint.IsPersonal))
                {
                    var value = sinkArgument.Value is IConversionOperation conversion ? conversion.Operand : sinkArgument.Value;
                    var shown = ShownWhole(value, sinkArgument);
                    if (shown != PiiCategory.None)
                    {
                        leaves.Add(new TaintLeaf(value, new Taint(shown, Describe(value), wholeObject: true)));
                    }
                }

                foreach (var leaf in leaves)
                {
                    if (leaf.Taint.IsPersonal)
                    {
                        Report(context, operation, sinkArgument, leaf);
                    }
                }
            }
        }

        /// <summary>
        /// What a sink shows of a value whose own flow carries nothing personal: a destructured holder shows its members
        /// (those <see cref="SinkArgument.Shown"/> names, when the sink redacts some), and a structured logger writes a
        /// collection element by element, each with its text (<c>logger.LogInformation("{Lines}", lines)</c>).
        /// </summary>
        private PiiCategory ShownWhole(IOperation value, SinkArgument sinkArgument)
        {
            if (sinkArgument.Destructured)
            {
                return sinkArgument.Shown != PiiCategory.None ? sinkArgument.Shown : model.Classifier.GetCarriedCategories(value.Type);
            }

            return sinkArgument.Enumerated && value.Type is { SpecialType: not SpecialType.System_String } type
                && TypeShapes.ElementType(type) is { } element
                ? model.Displayed.Of(element)
                : PiiCategory.None;
        }

        private MethodFlow FlowFor(IOperation operation)
        {
            var root = OperationTree.Root(operation);
            lock (gate)
            {
                flows ??= new Dictionary<IOperation, MethodFlow>();
                if (!flows.TryGetValue(root, out var flow))
                {
                    flows[root] = flow = new MethodFlow(root, model, analysedMethod: null);
                }

                return flow;
            }
        }

        private void Report(OperationAnalysisContext context, IOperation call, SinkArgument sinkArgument, TaintLeaf leaf)
        {
            var taint = leaf.Taint;
            var wholeObject = taint.WholeObject || (sinkArgument.Destructured && leaf.Operation == Unwrap(sinkArgument.Value) && !IsClassifiedValue(leaf));
            var descriptor = wholeObject && sinkArgument.Kind is SinkKind.Log or SinkKind.Console
                ? Descriptors.PII0103WholeObjectOutput
                : sinkArgument.Kind switch
                {
                    SinkKind.Log => Descriptors.PII0101PersonalDataInLog,
                    SinkKind.Console => Descriptors.PII0102PersonalDataInConsole,
                    SinkKind.Exception => Descriptors.PII0104PersonalDataInException,
                    _ => Descriptors.PII0105PersonalDataInTelemetry,
                };

            var syntax = leaf.Operation.Syntax;
            lock (gate)
            {
                reported ??= new HashSet<(TextSpan, string)>();
                if (!reported.Add((syntax.Span, descriptor.Id)))
                {
                    return;
                }
            }

            var primary = taint.Categories.Primary();
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[CategoryProperty] = primary.ToString();
            properties[RedactorProperty] = RedactorFor(primary, leaf.Operation.Type);
            if (sinkArgument.HoleIndex >= 0 && leaf.Operation == Unwrap(sinkArgument.Value))
            {
                properties[HoleIndexProperty] = sinkArgument.HoleIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (call is IInvocationOperation { TargetMethod: { } method } && leaf.Operation == Unwrap(sinkArgument.Value)
                && HasLoggerMessageAttribute(method) && ParameterOf(call, sinkArgument.Value) is { } parameter)
            {
                properties[LoggerMessageParameterProperty] = parameter.Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (descriptor == Descriptors.PII0103WholeObjectOutput && IsWrittenAsIs(leaf.Operation, sinkArgument)
                && IdentifierOf(leaf.Operation.Type, context) is { } identifier)
            {
                properties[IdentifierMemberProperty] = identifier;
            }

            var message = descriptor == Descriptors.PII0103WholeObjectOutput
                ? new object[] { Describe(leaf.Operation), taint.Categories.DisplayName() }
                : new object[] { taint.Member ?? Describe(leaf.Operation), taint.Categories.DisplayName() };
            context.ReportDiagnostic(Diagnostic.Create(descriptor, syntax.GetLocation(), properties.ToImmutable(), message));
        }

        /// <summary>
        /// The object is what the sink writes (the argument itself, an interpolation hole, an operand of a concatenation),
        /// not the input of a serialiser or another call, where its key would change what the call does.
        /// </summary>
        private static bool IsWrittenAsIs(IOperation leaf, SinkArgument sinkArgument)
        {
            if (leaf == Unwrap(sinkArgument.Value))
            {
                return true;
            }

            var parent = leaf.Parent;
            while (parent is IConversionOperation { IsImplicit: true })
            {
                parent = parent.Parent;
            }

            return parent is IInterpolationOperation or IBinaryOperation { OperatorKind: BinaryOperatorKind.Add };
        }

        /// <summary>
        /// The key of a named type that identifies the record without being personal data: an <c>Id</c> or
        /// <c>&lt;Type&gt;Id</c> property or field of its own or inherited, readable from the reporting code.
        /// </summary>
        private string? IdentifierOf(ITypeSymbol? type, OperationAnalysisContext context)
        {
            if (type is not INamedTypeSymbol { IsAnonymousType: false, TypeKind: TypeKind.Class or TypeKind.Struct } named)
            {
                return null;
            }

            var within = (ISymbol?)context.ContainingSymbol.ContainingType ?? context.Compilation.Assembly;
            foreach (var name in new[] { "Id", named.Name + "Id" })
            {
                for (var current = named; current is not null; current = current.BaseType)
                {
                    foreach (var member in current.GetMembers(name))
                    {
                        var memberType = member switch
                        {
                            IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: { } getter } property
                                when context.Compilation.IsSymbolAccessibleWithin(getter, within, named) => property.Type,
                            IFieldSymbol { IsStatic: false } field when context.Compilation.IsSymbolAccessibleWithin(field, within, named) => field.Type,
                            _ => null,
                        };
                        if (memberType is not null && TypeShapes.IsSmallValue(memberType)
                            && model.Classifier.Classify(member).Categories == PiiCategory.None)
                        {
                            return name;
                        }
                    }
                }
            }

            return null;
        }

        private bool IsClassifiedValue(TaintLeaf leaf) => !leaf.Taint.WholeObject && model.Classifier.GetCarriedCategories(leaf.Operation.Type) == PiiCategory.None;

        private static IOperation Unwrap(IOperation value)
        {
            while (value is IConversionOperation { IsImplicit: true } conversion)
            {
                value = conversion.Operand;
            }

            return value;
        }

        private static IParameterSymbol? ParameterOf(IOperation call, IOperation value)
        {
            foreach (var child in call.ChildOperations)
            {
                if (child is IArgumentOperation argument && argument.Value == value)
                {
                    return argument.Parameter;
                }
            }

            return null;
        }

        private static bool HasLoggerMessageAttribute(IMethodSymbol method)
        {
            foreach (var candidate in new[] { method, method.PartialDefinitionPart })
            {
                foreach (var attribute in candidate?.GetAttributes() ?? ImmutableArray<AttributeData>.Empty)
                {
                    if (attribute.AttributeClass?.Name == "LoggerMessageAttribute")
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }

    private static string Describe(IOperation operation) => operation switch
    {
        IFieldReferenceOperation f => f.Field.Name,
        IPropertyReferenceOperation p => p.Property.Name,
        IParameterReferenceOperation p => p.Parameter.Name,
        ILocalReferenceOperation l => l.Local.Name,
        IConversionOperation c => Describe(c.Operand),
        IInvocationOperation { TargetMethod.Name: "ToString", Instance: { } instance } => Describe(instance),
        IInvocationOperation { TargetMethod.Name: "Serialize" or "SerializeObject", Arguments.Length: > 0 } serialise => Describe(serialise.Arguments[0].Value),
        IAnonymousObjectCreationOperation => "anonymous object",
        _ => operation.Type?.Name ?? "value",
    };

    /// <summary>The helper of PiiAnalyzers.Annotations.Redact that accepts this value.</summary>
    private static string RedactorFor(PiiCategory category, ITypeSymbol? type)
    {
        if (type is null)
        {
            return "Value";
        }

        var unwrapped = TypeShapes.UnwrapNullable(type);
        if (category == PiiCategory.Nir
            && (unwrapped.SpecialType is SpecialType.System_String or SpecialType.System_Int64 or SpecialType.System_Int32))
        {
            return "Nir";
        }

        if (category == PiiCategory.BirthDate
            && (unwrapped.SpecialType == SpecialType.System_String || TypeShapes.IsSystemType(unwrapped, "DateTime")
                || TypeShapes.IsSystemType(unwrapped, "DateTimeOffset")))
        {
            return "BirthDate";
        }

        return "Value";
    }
}
