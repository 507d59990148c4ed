using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using PiiAnalyzers.Classification;
using PiiAnalyzers.Options;
using PiiAnalyzers.Sinks;
using PiiAnalyzers.Sinks.Sql;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Rules;

/// <summary>
/// PII0202: raw SQL (Dapper, EF Core <c>FromSql*</c>/<c>SqlQuery*</c>, ADO.NET commands) whose text reads personal data
/// (classified columns, or <c>*</c> from a table mapped to a holder) with no row limit, and whose rows are returned.
/// </summary>
/// <remarks>
/// Cheap first: a call is a candidate by its name and owner (resolved once per compilation); only then is the SQL text
/// resolved and tokenized (<see cref="SqlTokenizer"/>), and only when the text reads personal data without a limit is
/// the flow of its result to a return followed.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnboundedRawSqlAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableHashSet<string> ReaderCalls = ImmutableHashSet.Create(
        StringComparer.Ordinal, "ExecuteReader", "ExecuteReaderAsync", "Fill", "Load");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.PII0202UnboundedRawSql);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCode.Flags);
        context.RegisterCompilationStartAction(start =>
        {
            var model = QueryModel.GetOrCreate(start.Compilation, start.Options);
            if (model.SqlMapper is null && model.DbContext is null && model.DbCommand is null && model.IDbCommand is null)
            {
                return;
            }

            start.RegisterOperationBlockStartAction(block =>
            {
                if (block.IsGeneratedCode || QueryModel.HasODataPageSize(block.OwningSymbol))
                {
                    return;
                }

                var state = new BlockState(model, block.OwningSymbol);
                block.RegisterOperationAction(
                    state.Analyze,
                    OperationKind.Invocation,
                    OperationKind.ObjectCreation,
                    OperationKind.SimpleAssignment);
            });
        });
    }

    private sealed class BlockState
    {
        private readonly QueryModel model;
        private readonly ISymbol owner;
        private readonly HashSet<TextSpan> reported = new();
        private readonly object gate = new();
        private IOperation? root;
        private SqlText? texts;
        private QueryEvaluator? evaluator;
        private bool? readsRows;

        public BlockState(QueryModel model, ISymbol owner)
        {
            this.model = model;
            this.owner = owner;
        }

        public void Analyze(OperationAnalysisContext context)
        {
            var candidate = Candidate(context.Operation);
            if (candidate is null)
            {
                return;
            }

            var (sqlArgument, rowType, isAdo) = candidate.Value;
            lock (gate)
            {
                EnsureRoot(context.Operation);
                var sql = texts!.Resolve(sqlArgument);
                if (sql is null || sql.IndexOf("select", StringComparison.OrdinalIgnoreCase) < 0)
                {
                    return;
                }

                var select = SqlSelect.Parse(sql);
                if (select is null || select.IsLimited || select.IsAggregate || IsKeyLookup(select, context.ContainingSymbol))
                {
                    return;
                }

                if (isAdo)
                {
                    rowType = AdoRowType();
                    if (rowType is null)
                    {
                        return;
                    }
                }
                else if (!Returned(context.Operation, 0))
                {
                    return;
                }

                var categories = PersonalColumns(select, rowType, context.ContainingSymbol);
                if (categories == PiiCategory.None)
                {
                    return;
                }

                // SELECT DISTINCT Mutuelle: the list of insurers, not one row per person. Identifying columns stay personal.
                if (select.IsDistinct && (categories & (PiiCategory.Nir | PiiCategory.BirthDate | PiiCategory.PersonalData)) == 0)
                {
                    return;
                }

                var location = sqlArgument.Syntax.GetLocation();
                if (!reported.Add(location.SourceSpan))
                {
                    return;
                }

                var table = select.Tables.IsEmpty ? "the query" : select.Tables[0].Table;
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.PII0202UnboundedRawSql, location, categories.DisplayName(), table));
            }
        }

        /// <summary>
        /// <c>WHERE Id = @id</c>, <c>WHERE BeneficiaryId = @id</c> on the Beneficiaries table, <c>WHERE Nir = @nir</c>:
        /// a lookup by key or by NIR reads one person.
        /// </summary>
        private bool IsKeyLookup(SqlSelect select, ISymbol containing)
        {
            if (select.WhereEqualities.IsEmpty)
            {
                return false;
            }

            var names = model.Classifier.OptionsFor(containing).Names;
            foreach (var column in select.WhereEqualities)
            {
                var normalized = SqlTableMap.Normalize(column);
                if (normalized == "id" || (names.Match(column) is { IsMatch: true, NeedsPersonContainer: false } match && (match.Categories & PiiCategory.Nir) != 0))
                {
                    return true;
                }

                foreach (var (table, _) in select.Tables)
                {
                    if (SqlTableMap.Singulars(SqlTableMap.Normalize(table)).Any(singular => normalized == singular + "id"))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>A raw SQL entry point: its SQL argument, the row type it maps to, and whether it is ADO.NET.</summary>
        private (IOperation Sql, ITypeSymbol? RowType, bool IsAdo)? Candidate(IOperation operation)
        {
            switch (operation)
            {
                case IInvocationOperation invocation:
                    var method = invocation.TargetMethod;
                    var isDapper = QuerySources.DapperMultiRow.Contains(method.Name)
                        && model.SqlMapper is not null
                        && SymbolEqualityComparer.Default.Equals(method.ContainingType, model.SqlMapper);
                    var isEf = !isDapper && QuerySources.EfRawSql.Contains(method.Name)
                        && TypeShapes.NamespaceName(method.ContainingNamespace) == "Microsoft.EntityFrameworkCore";
                    if (!isDapper && !isEf)
                    {
                        return null;
                    }

                    // Dapper takes the text itself (sql) or a CommandDefinition (command), built in place or in a local.
                    var sql = QuerySources.SqlArgument(invocation.Arguments)
                        ?? invocation.Arguments.FirstOrDefault(a => a.Parameter?.Type.Name == "CommandDefinition")?.Value;
                    if (sql?.Type?.Name == "CommandDefinition")
                    {
                        sql = QueryEvaluator.Unwrap(sql) switch
                        {
                            IObjectCreationOperation definition => QuerySources.SqlArgument(definition.Arguments),
                            ILocalReferenceOperation local => DefinitionText(local),
                            _ => null,
                        };
                    }

                    if (sql is null)
                    {
                        return null;
                    }

                    return (sql, model.SequenceElement(invocation.Type), false);
                case IObjectCreationOperation creation:
                    // Cheap first: most constructions take no string, and only then is the type's hierarchy walked.
                    var text = creation.Arguments.FirstOrDefault(a => a.Value.Type?.SpecialType == SpecialType.System_String)?.Value;
                    return text is null || !model.IsCommand(creation.Type) ? null : (text, null, true);
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "CommandText" } property } assignment
                    when model.IsCommand(property.Property.ContainingType) || model.IsCommand(property.Instance?.Type):
                    return (assignment.Value, null, true);
                default:
                    return null;
            }
        }

        /// <summary>The command text of a <c>CommandDefinition</c> local initialised in the same method.</summary>
        private static IOperation? DefinitionText(ILocalReferenceOperation local)
        {
            foreach (var operation in OperationTree.Root(local).Descendants())
            {
                if (operation is IVariableDeclaratorOperation { Initializer.Value: { } value } declarator
                    && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local)
                    && QueryEvaluator.Unwrap(value) is IObjectCreationOperation definition)
                {
                    return QuerySources.SqlArgument(definition.Arguments);
                }
            }

            return null;
        }

        private void EnsureRoot(IOperation operation)
        {
            if (root is not null)
            {
                return;
            }

            root = OperationTree.Root(operation);
            texts = new SqlText(root);
            evaluator = new QueryEvaluator(model, root, model.OptionsFor(root.Syntax.SyntaxTree), depth: 0);
        }

        /// <summary>
        /// ADO.NET: the command's rows are read (<c>ExecuteReader</c>, <c>Fill</c>, <c>Load</c>) in a method that returns
        /// rows (a sequence, a reader or a table). The row type is the returned element type, which maps the columns.
        /// </summary>
        private ITypeSymbol? AdoRowType()
        {
            readsRows ??= root!.DescendantsAndSelf().Any(o => o is IInvocationOperation call && ReaderCalls.Contains(call.TargetMethod.Name));
            if (readsRows != true || owner is not IMethodSymbol method)
            {
                return null;
            }

            var returned = QueryModel.UnwrapTask(method.ReturnType);
            if (returned.Name is "DataTable" or "DataSet" or "DbDataReader" or "IDataReader" || returned.SpecialType == SpecialType.System_Object)
            {
                return returned;
            }

            return returned.SpecialType == SpecialType.System_String ? null : model.SequenceElement(returned);
        }

        /// <summary>
        /// Whether the rows of a raw SQL call leave the method: through awaits, LINQ operators that do not bound them,
        /// result wrappers (<c>Ok(rows)</c>) and locals, to a return of the method or of a minimal-API handler.
        /// </summary>
        private bool Returned(IOperation operation, int depth)
        {
            var current = operation;
            for (var steps = 0; steps < 32 && depth < 4; steps++)
            {
                var parent = current.Parent;
                switch (parent)
                {
                    case IConversionOperation or IParenthesizedOperation or IAwaitOperation:
                        current = parent;
                        continue;
                    case IInvocationOperation call when ReferenceEquals(call.Instance, current):
                        if (!Continues(call))
                        {
                            return false;
                        }

                        current = call;
                        continue;
                    case IArgumentOperation { Parent: IInvocationOperation call } argument:
                        var isThis = call.TargetMethod.IsExtensionMethod && argument.Parameter?.Ordinal == 0;
                        if (isThis ? !Continues(call) : !QuerySources.ResultWrappers.Contains(call.TargetMethod.Name))
                        {
                            return false;
                        }

                        current = call;
                        continue;
                    case IArgumentOperation { Parent: IObjectCreationOperation creation }:
                        current = creation;
                        continue;
                    case IReturnOperation @return:
                        return QueryEvaluator.BelongsToBody(@return) || QueryModel.IsMinimalApiHandlerReturn(@return);
                    case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                        return LocalReturned(declarator.Symbol, depth);
                    case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when ReferenceEquals(assignment.Value, current):
                        return LocalReturned(target.Local, depth);
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: IInstanceReferenceOperation or null } } page
                        when ReferenceEquals(page.Value, current) && QueryModel.IsRazorPageHandler(owner):
                        return true; // a Razor Pages handler returns rows through its PageModel's properties
                    case IForEachLoopOperation loop when ReferenceEquals(loop.Collection, current):
                        // foreach (var row in rows) { yield return row; } or { result.Add(Map(row)); } ... return result;
                        return loop.Body.DescendantsAndSelf().Any(o =>
                            o is IReturnOperation { Kind: OperationKind.YieldReturn }
                            || o is IInvocationOperation { TargetMethod.Name: "Add" or "AddRange" or "Enqueue", Instance: ILocalReferenceOperation collection }
                                && LocalReturned(collection.Local, depth));
                    default:
                        return false;
                }
            }

            return false;
        }

        private bool LocalReturned(ILocalSymbol local, int depth)
        {
            foreach (var operation in root!.DescendantsAndSelf())
            {
                if (operation is ILocalReferenceOperation reference
                    && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                    && !(reference.Parent is ISimpleAssignmentOperation assignment && ReferenceEquals(assignment.Target, reference))
                    && Returned(reference, depth + 1))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A call on the rows that keeps them rows: not a bound, a single row or an aggregate.</summary>
        private bool Continues(IInvocationOperation call)
        {
            var name = call.TargetMethod.Name;
            if (name == "ConfigureAwait")
            {
                return true;
            }

            if (QuerySources.SingleRowOrAggregate.Contains(name) || QuerySources.IsPagingName(name, BulkOptions.Default))
            {
                return false;
            }

            if (QuerySources.RowLimits.Contains(name) || QuerySources.Offsets.Contains(name))
            {
                return !(call.Arguments.Length > 0 && evaluator!.IsBoundedCount(call.Arguments[call.Arguments.Length - 1].Value))
                    && !QuerySources.Offsets.Contains(name);
            }

            return model.IsSequence(call.Type);
        }

        /// <summary>
        /// The categories the select list reads: columns whose name (or alias) the lexicon classifies, columns mapped to
        /// classified properties of the row type, and <c>*</c> over a holder (the row type, or a table mapped to one).
        /// </summary>
        private PiiCategory PersonalColumns(SqlSelect select, ITypeSymbol? rowType, ISymbol containing)
        {
            var names = model.Classifier.OptionsFor(containing).Names;
            var rowHolder = rowType is null ? PiiCategory.None : model.Classifier.GetHolderCategories(TypeShapes.UnwrapNullable(rowType));
            var personTable = select.Tables.Any(t => names.IsPersonLikeName(t.Table))
                || rowType is not null && names.IsPersonLikeName(rowType.Name);
            var categories = PiiCategory.None;
            foreach (var column in select.Columns)
            {
                if (column.IsStar)
                {
                    categories |= rowHolder;
                    foreach (var (table, alias) in select.Tables)
                    {
                        if (column.Qualifier is null
                            || string.Equals(column.Qualifier, alias, StringComparison.OrdinalIgnoreCase)
                            || string.Equals(column.Qualifier, table, StringComparison.OrdinalIgnoreCase))
                        {
                            categories |= model.Classifier.GetHolderCategories(model.Tables.Find(table));
                        }
                    }

                    continue;
                }

                foreach (var name in new[] { column.Name, column.Alias })
                {
                    if (name is null)
                    {
                        continue;
                    }

                    var match = names.Match(name);
                    if (match.IsMatch && (!match.NeedsPersonContainer || personTable))
                    {
                        categories |= match.Categories;
                    }

                    if (rowType is not null)
                    {
                        categories |= MappedProperty(rowType, name);
                    }
                }
            }

            return categories;
        }

        private PiiCategory MappedProperty(ITypeSymbol rowType, string column)
        {
            var wanted = SqlTableMap.Normalize(column);
            for (var type = rowType; type is not null; type = type.BaseType)
            {
                foreach (var member in type.GetMembers())
                {
                    if (member is IPropertySymbol or IFieldSymbol && !member.IsStatic && SqlTableMap.Normalize(member.Name) == wanted)
                    {
                        return model.Classifier.Classify(member).Categories;
                    }
                }
            }

            return PiiCategory.None;
        }
    }
}
