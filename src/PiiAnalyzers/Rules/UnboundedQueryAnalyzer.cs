using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using PiiAnalyzers.Classification;
using PiiAnalyzers.Sinks;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Rules;

/// <summary>
/// PII0201: a query over holders of personal data that leaves a method (returned materialised, or returned as a query)
/// with no bounding operator. Queries iterated inside the method and never returned are not reported.
/// </summary>
/// <remarks>
/// Cheap first: only return statements whose value is a sequence of holders start an evaluation; the evaluator follows
/// the LINQ chain, locals and in-source query methods (cached per method by <see cref="QueryModel"/>).
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnboundedQueryAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The configured maximum, for the code fix.</summary>
    public const string MaxRowsProperty = "MaxRows";

    /// <summary>Set when the diagnostic is on a materialising call, before which the fix inserts <c>Take</c>.</summary>
    public const string MaterialiserProperty = "Materialiser";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.PII0201UnboundedQuery);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCode.Flags);
        context.RegisterCompilationStartAction(start =>
        {
            var model = QueryModel.GetOrCreate(start.Compilation, start.Options);
            if (model.Queryable is null)
            {
                return;
            }

            start.RegisterOperationBlockStartAction(block =>
            {
                if (block.IsGeneratedCode || QueryModel.HasODataPageSize(block.OwningSymbol))
                {
                    return;
                }

                var state = new BlockState(model);
                block.RegisterOperationAction(state.AnalyzeReturn, OperationKind.Return, OperationKind.YieldReturn);
                if (QueryModel.IsRazorPageHandler(block.OwningSymbol))
                {
                    block.RegisterOperationAction(state.AnalyzePageProperty, OperationKind.SimpleAssignment);
                }
            });
        });
    }

    private sealed class BlockState
    {
        private readonly QueryModel model;
        private readonly Dictionary<IOperation, QueryEvaluator> evaluators = new();
        private readonly HashSet<TextSpan> reported = new();
        private readonly object gate = new();

        public BlockState(QueryModel model) => this.model = model;

        public void AnalyzeReturn(OperationAnalysisContext context)
        {
            var @return = (IReturnOperation)context.Operation;
            if (@return.ReturnedValue is not { } value || value.Syntax.ContainsDiagnostics && value.Type is null or { TypeKind: TypeKind.Error })
            {
                return;
            }

            if (!QueryEvaluator.BelongsToBody(@return) && !QueryModel.IsMinimalApiHandlerReturn(@return))
            {
                return;
            }

            // A DbContext exposes its tables and filtered views of them: that is the model, not a leak. What its users
            // return is what counts; a DbContext method that materialises is still checked.
            var insideContext = model.DerivesFromDbContext(context.ContainingSymbol.ContainingType);

            lock (gate)
            {
                var evaluator = EvaluatorFor(@return);
                if (@return.Kind == OperationKind.YieldReturn)
                {
                    var categories = model.Classifier.GetCarriedCategories(value.Type);
                    if (categories != PiiCategory.None)
                    {
                        Report(context, evaluator.EvaluateYield(@return), value.Type, categories, value);
                    }
                    else if (RowMember(value, @return) is { } yielded)
                    {
                        // foreach (var b in db.Beneficiaries) yield return b.Nir;
                        Report(context, evaluator.EvaluateYield(@return), null, model.Classifier.Classify(yielded).Categories, value, QualifiedName(yielded));
                    }

                    return;
                }

                foreach (var candidate in Candidates(value))
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    var categories = model.RowCategories(QueryEvaluator.Unwrap(candidate).Type, out var element);
                    string? elementName = null;
                    if (categories == PiiCategory.None)
                    {
                        // Select(b => b.Nir): a sequence of classified values, not of holders.
                        if (element is null || !model.IsSequence(QueryEvaluator.Unwrap(candidate).Type))
                        {
                            continue;
                        }

                        var rows = evaluator.Evaluate(candidate);
                        if (rows.Kind != Boundedness.Unbounded
                            || (ProjectedMember(rows.Location ?? candidate) ?? AddedMember(rows.Location, candidate)) is not { } member
                            || (categories = model.Classifier.Classify(member).Categories) == PiiCategory.None)
                        {
                            continue;
                        }

                        elementName = QualifiedName(member);
                    }

                    var result = evaluator.Evaluate(candidate);
                    if (insideContext && !(result.Location is IInvocationOperation materialiser && QuerySources.Materialisers.Contains(materialiser.TargetMethod.Name)))
                    {
                        continue;
                    }

                    Report(context, result, element, categories, candidate, elementName);
                }
            }
        }

        public void AnalyzePageProperty(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is not IPropertyReferenceOperation { Instance: IInstanceReferenceOperation or null, Property.IsStatic: false })
            {
                return;
            }

            var categories = model.RowCategories(QueryEvaluator.Unwrap(assignment.Value).Type, out var element);
            if (categories == PiiCategory.None)
            {
                return;
            }

            lock (gate)
            {
                Report(context, EvaluatorFor(assignment).Evaluate(assignment.Value), element, categories, assignment.Value);
            }
        }

        private void Report(
            OperationAnalysisContext context, QueryResult result, ITypeSymbol? element, PiiCategory categories, IOperation returned, string? elementName = null)
        {
            if (result.Kind != Boundedness.Unbounded)
            {
                return;
            }

            // A private method that returns a query without running it is a composition helper: its callers decide the
            // bound, and one that materialises it unbounded is reported there (the helper is a source for it).
            if (result.Location is null && context.ContainingSymbol is IMethodSymbol { DeclaredAccessibility: Accessibility.Private })
            {
                return;
            }

            var target = result.Location ?? QueryEvaluator.Unwrap(returned);
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(MaxRowsProperty, model.OptionsFor(target.Syntax.SyntaxTree).MaxRows.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Location location;
            if (target is IInvocationOperation { Syntax: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation }
                && QuerySources.Materialisers.Contains(access.Name.Identifier.ValueText))
            {
                // From the operator's name to the end of its arguments: `ToListAsync()`, where the fix inserts Take before.
                location = Location.Create(invocation.SyntaxTree, TextSpan.FromBounds(access.Name.SpanStart, invocation.Span.End));
                properties = properties.Add(MaterialiserProperty, "true");
            }
            else
            {
                location = target.Syntax.GetLocation();
            }

            if (!reported.Add(location.SourceSpan) || !context.Operation.Syntax.SyntaxTree.Equals(location.SourceTree))
            {
                return;
            }

            elementName ??= element is null ? "row" : element.IsAnonymousType ? "anonymous type" : element.Name;
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.PII0201UnboundedQuery, location, properties, elementName, categories.DisplayName()));
        }

        private ISymbol? ProjectedMember(IOperation operation) => QueryProjections.IdentifyingMember(operation, model.Classifier);

        /// <summary>
        /// <c>foreach (var b in db.Beneficiaries) nirs.Add(b.Nir); return nirs;</c>: the loop over the unbounded rows
        /// (<paramref name="rows"/>, its collection) fills the returned list with an identifying member of each row.
        /// </summary>
        private ISymbol? AddedMember(IOperation? rows, IOperation returned)
        {
            var loop = rows?.Parent as IForEachLoopOperation ?? rows?.Parent?.Parent as IForEachLoopOperation;
            if (loop is null || QueryEvaluator.Unwrap(returned) is not ILocalReferenceOperation { Local: var list })
            {
                return null;
            }

            foreach (var operation in loop.Body.DescendantsAndSelf())
            {
                if (operation is IInvocationOperation { TargetMethod.Name: "Add", Instance: { } instance, Arguments.Length: 1 } add
                    && QueryEvaluator.Unwrap(instance) is ILocalReferenceOperation target
                    && SymbolEqualityComparer.Default.Equals(target.Local, list)
                    && RowMember(add.Arguments[0].Value, loop) is { } member)
                {
                    return member;
                }
            }

            return null;
        }

        /// <summary>An identifying member read of the row of the innermost <c>foreach</c> around <paramref name="inside"/>: <c>b.Nir</c>.</summary>
        private ISymbol? RowMember(IOperation value, IOperation inside)
        {
            var loop = inside as IForEachLoopOperation;
            for (var parent = inside.Parent; loop is null && parent is not null && parent is not IAnonymousFunctionOperation; parent = parent.Parent)
            {
                loop = parent as IForEachLoopOperation;
            }

            var (member, instance) = QueryEvaluator.Unwrap(value) switch
            {
                IPropertyReferenceOperation property => ((ISymbol)property.Property, property.Instance),
                IFieldReferenceOperation field => (field.Field, field.Instance),
                _ => (null, null),
            };
            return member is not null && loop is not null
                && instance is ILocalReferenceOperation row && loop.Locals.Contains(row.Local, SymbolEqualityComparer.Default)
                && IsIdentifying(member)
                ? member
                : null;
        }

        private static string QualifiedName(ISymbol member)
            => member.ContainingType is { } owner ? owner.Name + "." + member.Name : member.Name;

        private bool IsIdentifying(ISymbol member) => QueryProjections.IsIdentifying(member, model.Classifier);

        /// <summary>The returned value, and what a result wrapper carries: <c>Ok(list)</c>, <c>new Page(list, total)</c>.</summary>
        private IEnumerable<IOperation> Candidates(IOperation value, int level = 0)
        {
            var unwrapped = QueryEvaluator.Unwrap(value);
            yield return value;
            if (model.IsSequence(unwrapped.Type) || level > 2)
            {
                yield break;
            }

            IEnumerable<IOperation> inner = unwrapped switch
            {
                IInvocationOperation invocation when QuerySources.ResultWrappers.Contains(invocation.TargetMethod.Name)
                    => invocation.Arguments.Select(a => a.Value),
                IObjectCreationOperation creation => creation.Arguments.Select(a => a.Value)
                    .Concat(InitializerValues(creation.Initializer)),
                IAnonymousObjectCreationOperation anonymous => anonymous.Initializers
                    .OfType<IAssignmentOperation>().Select(a => a.Value),
                ITupleOperation tuple => tuple.Elements,
                _ => Enumerable.Empty<IOperation>(),
            };
            foreach (var operation in inner)
            {
                // Ok(new { Items = rows, Total = n }): wrappers and envelopes nest.
                foreach (var nested in Candidates(operation, level + 1))
                {
                    yield return nested;
                }
            }
        }

        private static IEnumerable<IOperation> InitializerValues(IObjectOrCollectionInitializerOperation? initializer)
            => initializer is null
                ? Enumerable.Empty<IOperation>()
                : initializer.Initializers.OfType<IAssignmentOperation>().Select(a => a.Value);

        private QueryEvaluator EvaluatorFor(IOperation operation)
        {
            var root = OperationTree.Root(operation);
            if (!evaluators.TryGetValue(root, out var evaluator))
            {
                evaluators[root] = evaluator = new QueryEvaluator(model, root, model.OptionsFor(root.Syntax.SyntaxTree), depth: 0);
            }

            return evaluator;
        }
    }
}
