using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Classification;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Endpoints;

/// <summary>
/// Does an endpoint constrain its lookup by the caller's identity? Cheap first (the [ScopedToCaller] attribute,
/// then one pass over the handler's own operations); in-source repository and service calls are followed one or two
/// levels, and each callee's answer is cached for the compilation.
/// </summary>
/// <remarks>
/// An identity value is read from <c>User</c>, <c>HttpContext.User</c>, a <c>ClaimsPrincipal</c> parameter, claims,
/// <c>Identity.Name</c> (any expression of an identity type), or from a configured caller-context service; it
/// travels through locals (including objects whose members it is assigned to). It scopes the lookup when it reaches
/// the argument of a data call (a LINQ predicate, <c>Find</c>, a repository or mediator call), an equality check
/// against fetched data, or a resource-based <c>IAuthorizationService.AuthorizeAsync</c> whose result is used. A role
/// check (<c>IsInRole</c>), a log line or the response body are not scoping, and neither is <c>[Authorize]</c>.
/// </remarks>
internal sealed class CallerScoping
{
    private const int MaxCalleeDepth = 2;

    private static readonly ImmutableHashSet<string> RoleChecks = ImmutableHashSet.Create(
        StringComparer.Ordinal, "IsInRole", "HasClaim", "IsAuthenticated", "HasScope");

    private static readonly ImmutableHashSet<string> MembershipChecks = ImmutableHashSet.Create(
        StringComparer.Ordinal, "Equals", "Contains", "Any", "All", "StartsWith", "Compare", "SequenceEqual");

    private readonly EndpointModel model;
    private readonly ConcurrentDictionary<(IMethodSymbol, int, EndpointSettings), bool> callees = new(new CalleeComparer());
    private readonly SourceImplementations sources;
    private readonly ConcurrentDictionary<(ISymbol, EndpointSettings), HashSet<string>> carriers = new(new SymbolSettingsComparer());
    private readonly ConcurrentDictionary<(ISymbol, EndpointSettings), bool> filteredContexts = new(new SymbolSettingsComparer());
    private readonly ConcurrentDictionary<(ISymbol, EndpointSettings), bool> identityMembers = new(new SymbolSettingsComparer());
    private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<IMethodSymbol>> requestHandlers = new(SymbolEqualityComparer.Default);

    [ThreadStatic]
    private static int identityDepth;

    [ThreadStatic]
    private static Stack<IOperation>? spareStack;

    public CallerScoping(EndpointModel model)
    {
        this.model = model;
        sources = SourceImplementations.Of(model.Compilation);
    }

    public bool IsScoped(Endpoint endpoint, IOperation? body, EndpointSettings settings, ImmutableArray<IOperation> producers)
    {
        if (IsMarkedScoped(endpoint.Handler) || (endpoint.DeclaringType is { } type && EndpointModel.TypeAttributes(type).Any(a => EndpointModel.AttributeIs(a, "ScopedToCallerAttribute"))))
        {
            return true;
        }

        if (body is null)
        {
            return false;
        }

        // Only calls that produce the served data count; checks and resource-based authorization count anywhere.
        HashSet<IOperation>? producing = null;
        if (!producers.IsEmpty)
        {
            producing = new HashSet<IOperation>();
            foreach (var producer in producers)
            {
                producing.UnionWith(producer.DescendantsAndSelf());
            }
        }

        return Analyze(body, settings, 0, producing);
    }

    private static bool IsMarkedScoped(IMethodSymbol method)
        => EndpointModel.MethodAttributes(method).Any(a => EndpointModel.AttributeIs(a, "ScopedToCallerAttribute"));

    private bool Analyze(IOperation body, EndpointSettings settings, int depth, HashSet<IOperation>? producing = null)
    {
        var root = body is IAnonymousFunctionOperation lambda ? lambda.Body : body;
        var identityLocals = IdentityLocals(root, settings);
        foreach (var operation in root.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IInvocationOperation invocation:
                    if ((producing is null || producing.Contains(invocation) || IsAuthorizeAsync(invocation.TargetMethod))
                        && IsScopingCall(invocation, identityLocals, settings, depth))
                    {
                        return true;
                    }

                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison
                    when producing is null || producing.Contains(comparison) || !OperationTree.InNestedFunction(comparison, root) || InGuardPredicate(comparison, root):
                    // A check in the handler's own flow counts anywhere; a predicate only where it filters the served rows.
                    var left = IsIdentity(comparison.LeftOperand, identityLocals, settings);
                    var right = IsIdentity(comparison.RightOperand, identityLocals, settings);
                    if (left != right && !IsConstant(left ? comparison.RightOperand : comparison.LeftOperand))
                    {
                        return true;
                    }

                    break;
                case IIsPatternOperation { Pattern: IConstantPatternOperation { Value: var constant } } pattern
                    when !IsConstant(constant) && IsIdentity(pattern.Value, identityLocals, settings) != IsIdentity(constant, identityLocals, settings):
                    return true;
                case IFieldReferenceOperation or IPropertyReferenceOperation or IParameterReferenceOperation or ILocalReferenceOperation
                    when operation.Type is { } contextType && (producing is null || producing.Contains(operation))
                        && HasCallerQueryFilter(contextType, settings) && !IgnoresQueryFilters(operation):
                    // The DbContext read through a field, a property, a (primary-constructor) parameter or a local.
                    return true;
            }
        }

        return false;
    }

    private bool IsScopingCall(IInvocationOperation invocation, HashSet<ILocalSymbol> identityLocals, EndpointSettings settings, int depth)
    {
        var method = invocation.TargetMethod;
        if (RoleChecks.Contains(method.Name) || IsIdentityMember(method, settings) || IsLogging(method) || ServedData.IsResultFactory(method))
        {
            return false;
        }

        var skipFirst = method.IsExtensionMethod && invocation.Arguments.Length > 0
            && IsIdentity(invocation.Arguments[0].Value, identityLocals, settings);
        if (skipFirst && !MembershipChecks.Contains(method.Name))
        {
            // user.GetPractitionerId(): a helper over the identity derives a value, it does not look anything up.
            return false;
        }

        var argumentHasIdentity = invocation.Arguments.Skip(skipFirst ? 1 : 0).Any(a => IsIdentity(a.Value, identityLocals, settings));

        if (IsAuthorizeAsync(method))
        {
            // Resource-based authorization counts only when it is given the fetched data and its result decides
            // something; a policy alone (AuthorizeAsync(User, "PortailPs")) is [Authorize] in code.
            return argumentHasIdentity && IsFetchedResource(invocation) && ResultIsUsed(invocation);
        }

        if (argumentHasIdentity)
        {
            if (MembershipChecks.Contains(method.Name))
            {
                return true;
            }

            // An audit trail or a notification records who called; only a call that produces data looks it up.
            return !IsPassThrough(method) && ProducesData(method);
        }

        if (MembershipChecks.Contains(method.Name) && invocation.Instance is { } instance && IsIdentity(instance, identityLocals, settings)
            && invocation.Arguments.Any(a => !IsConstant(a.Value)))
        {
            return true;
        }

        if (depth < MaxCalleeDepth && !method.ReturnsVoid && !IsPassThrough(method))
        {
            foreach (var callee in Targets(invocation))
            {
                if (callees.GetOrAdd((callee, depth + 1, settings), key => CalleeScoped(key.Item1, key.Item3, key.Item2)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool CalleeScoped(IMethodSymbol callee, EndpointSettings settings, int depth)
    {
        if (IsMarkedScoped(callee))
        {
            return true;
        }

        // Identity can only reach a body that names it, a member holding it, or in-source code: otherwise do not bind.
        if (!model.Text.MayReadIdentity(callee, name => IsIdentityCarrier(callee.ContainingType, name, settings)))
        {
            return false;
        }

        var body = model.GetBody(callee);
        return body is not null && Analyze(body, settings, depth);
    }

    /// <summary>
    /// A name, met in a body of <paramref name="type"/>, that can carry the caller's identity: a configured
    /// caller-context type, or a field, property or constructor parameter of the type (or its bases) whose type is an
    /// identity type, a caller-context type, or a DbContext filtered on the caller.
    /// </summary>
    private bool IsIdentityCarrier(INamedTypeSymbol? type, string name, EndpointSettings settings)
        => settings.IsCallerContextTypeName(name)
            || (type is not null && carriers.GetOrAdd((type, settings), key => CarrierNames((INamedTypeSymbol)key.Item1, key.Item2)).Contains(name));

    private HashSet<string> CarrierNames(INamedTypeSymbol type, EndpointSettings settings)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IFieldSymbol or IPropertySymbol && SymbolFacts.ValueType(member) is { } memberType && IsCarrierType(memberType, settings))
                {
                    names.Add(member.Name);
                }
            }

            foreach (var constructor in current.InstanceConstructors)
            {
                // Primary constructor parameters are in scope of every member body.
                foreach (var parameter in constructor.Parameters)
                {
                    if (IsCarrierType(parameter.Type, settings))
                    {
                        names.Add(parameter.Name);
                    }
                }
            }
        }

        return names;
    }

    private bool IsCarrierType(ITypeSymbol type, EndpointSettings settings)
        => type.SpecialType == SpecialType.None && (IsIdentityType(type, settings) || HasCallerQueryFilter(type, settings));

    /// <summary>The in-source bodies a call may run: the method itself, or the implementations of an interface method.</summary>
    /// <summary>
    /// The in-source bodies an invocation may run: its target's (see <see cref="Targets(IMethodSymbol)"/>), and for a
    /// dispatch through a mediator (<c>mediator.Send(new GetPatientQuery(id))</c>), the in-source handlers of the
    /// request's type (a class implementing an <c>I...Handler&lt;TRequest, ...&gt;</c> interface).
    /// </summary>
    internal IEnumerable<IMethodSymbol> Targets(IInvocationOperation invocation)
    {
        var any = false;
        foreach (var target in Targets(invocation.TargetMethod))
        {
            any = true;
            yield return target;
        }

        if (any)
        {
            yield break;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (ServedData.Strip(argument.Value).Type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } request
                && SymbolFacts.InSource(request))
            {
                foreach (var handler in requestHandlers.GetOrAdd(request, FindRequestHandlers))
                {
                    yield return handler;
                }
            }
        }
    }

    private ImmutableArray<IMethodSymbol> FindRequestHandlers(ITypeSymbol request)
    {
        var handlers = ImmutableArray.CreateBuilder<IMethodSymbol>();
        foreach (var type in sources.ConcreteClasses)
        {
            if (handlers.Count >= 2)
            {
                break;
            }

            if (!SymbolFacts.AllInterfaces(type).Any(i => i.Name.EndsWith("Handler", StringComparison.Ordinal)
                && i.TypeArguments.Any(a => SymbolEqualityComparer.Default.Equals(a, request))))
            {
                continue;
            }

            foreach (var member in type.GetMembers())
            {
                if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false } method
                    && method.Name.StartsWith("Handle", StringComparison.Ordinal)
                    && method.Parameters.Any(p => SymbolEqualityComparer.Default.Equals(p.Type, request)))
                {
                    handlers.Add(method);
                }
            }
        }

        return handlers.ToImmutable();
    }

    internal IEnumerable<IMethodSymbol> Targets(IMethodSymbol method) => sources.Targets(method);

    /// <summary>The query built on this context reference switches its global filters off (<c>.IgnoreQueryFilters()</c>).</summary>
    private static bool IgnoresQueryFilters(IOperation contextReference)
    {
        for (var current = contextReference.Parent; current is not null and not (IBlockOperation or IExpressionStatementOperation or IReturnOperation); current = current.Parent)
        {
            if (current is IInvocationOperation { TargetMethod.Name: "IgnoreQueryFilters" })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A DbContext whose OnModelCreating declares a query filter on the caller's identity scopes every query.</summary>
    private bool HasCallerQueryFilter(ITypeSymbol type, EndpointSettings settings)
    {
        if (!SymbolFacts.InSource(type) || !AspNetSymbols.DerivesFrom(type, model.Symbols.DbContext))
        {
            return false;
        }

        return filteredContexts.GetOrAdd((type, settings), key =>
        {
            var t = (ITypeSymbol)key.Item1;
            var onModelCreating = t.GetMembers("OnModelCreating").OfType<IMethodSymbol>().FirstOrDefault();
            var body = onModelCreating is null || !SyntaxNames.Mentions(onModelCreating, name => name == "HasQueryFilter")
                ? null
                : model.GetBody(onModelCreating);
            if (body is null)
            {
                return false;
            }

            var locals = IdentityLocals(body, settings);
            return body.Descendants().OfType<IInvocationOperation>()
                .Any(i => i.TargetMethod.Name == "HasQueryFilter" && i.Arguments.Any(a => IsIdentity(a.Value, locals, settings)));
        });
    }

    private HashSet<ILocalSymbol> IdentityLocals(IOperation root, EndpointSettings settings)
    {
        var locals = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        for (var pass = 0; pass < 4; pass++)
        {
            var added = false;
            foreach (var operation in root.Descendants())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation { Initializer.Value: { } value } declarator
                        when !locals.Contains(declarator.Symbol) && IsIdentity(value, locals, settings):
                        added |= locals.Add(declarator.Symbol);
                        break;
                    case ISimpleAssignmentOperation assignment when IsIdentity(assignment.Value, locals, settings):
                        var target = assignment.Target;
                        while (target is IMemberReferenceOperation { Instance: { } instance })
                        {
                            target = instance;
                        }

                        if (target is ILocalReferenceOperation { Local: var local } && !locals.Contains(local))
                        {
                            added |= locals.Add(local);
                        }

                        break;
                    case IDeclarationExpressionOperation { Expression: ILocalReferenceOperation { Local: var outLocal } } declaration
                        when declaration.Parent is IArgumentOperation { Parent: IInvocationOperation call }
                            && !locals.Contains(outLocal)
                            && (call.Instance is { } receiver && IsIdentity(receiver, locals, settings)
                                || call.Arguments.Any(a => a.Value != declaration && IsIdentity(a.Value, locals, settings))):
                        added |= locals.Add(outLocal);
                        break;
                }
            }

            if (!added)
            {
                break;
            }
        }

        return locals;
    }

    /// <summary>The operation reads the caller's identity, directly or through identity locals.</summary>
    private bool IsIdentity(IOperation? operation, HashSet<ILocalSymbol> locals, EndpointSettings settings)
    {
        if (operation is null)
        {
            return false;
        }

        // Asked of nearly every operation of a scoped body: one stack per thread, taken while in use (a nested call
        // through ReturnsIdentity makes its own).
        var stack = spareStack ?? new Stack<IOperation>();
        spareStack = null;
        try
        {
            return IsIdentity(operation, locals, settings, stack);
        }
        finally
        {
            stack.Clear();
            spareStack = stack;
        }
    }

    private bool IsIdentity(IOperation operation, HashSet<ILocalSymbol> locals, EndpointSettings settings, Stack<IOperation> stack)
    {
        stack.Push(operation);
        var visited = 0;
        while (stack.Count > 0 && visited++ < 512)
        {
            var current = stack.Pop();
            switch (current)
            {
                case IInvocationOperation invocation when RoleChecks.Contains(invocation.TargetMethod.Name):
                    continue;
                case IPropertyReferenceOperation { Property.Name: "IsAuthenticated" }:
                    continue;
                case ILocalReferenceOperation local when locals.Contains(local.Local):
                    return true;
                case IPropertyReferenceOperation or IFieldReferenceOperation or IParameterReferenceOperation or IInvocationOperation or ILocalReferenceOperation
                    when IsIdentityType(current.Type, settings):
                    return true;
                case IPropertyReferenceOperation { Property.GetMethod: { } getter } when ReturnsIdentity(getter, settings):
                    return true;
                case IInvocationOperation { TargetMethod: var helper } when ReturnsIdentity(helper, settings):
                    return true;
            }

            foreach (var child in current.ChildOperations)
            {
                stack.Push(child);
            }
        }

        return false;
    }

    /// <summary>
    /// An in-source member that returns the caller's identity: <c>protected string PractitionerId =&gt;
    /// User.FindFirstValue("rpps")</c> on a base controller, <c>currentUserService.GetPractitionerId()</c>.
    /// </summary>
    private bool ReturnsIdentity(IMethodSymbol method, EndpointSettings settings)
    {
        method = (method.ReducedFrom ?? method).OriginalDefinition;
        // One level only, so that the cached answer never depends on which endpoint asked first.
        if (!SymbolFacts.InSource(method) || method.IsAbstract || method.ReturnsVoid || identityDepth > 0)
        {
            return false;
        }

        if (identityMembers.TryGetValue((method, settings), out var known))
        {
            return known;
        }

        identityDepth++;
        try
        {
            var body = model.Text.MayReadIdentity(method, name => IsIdentityCarrier(method.ContainingType, name, settings))
                ? model.GetBody(method)
                : null;
            var result = false;
            if (body is not null)
            {
                var locals = IdentityLocals(body, settings);
                result = ServedData.OwnOperations(body).Any(o => o is IReturnOperation { ReturnedValue: { } value } && IsIdentity(value, locals, settings));
            }

            identityMembers[(method, settings)] = result;
            return result;
        }
        finally
        {
            identityDepth--;
        }
    }

    private bool IsIdentityType(ITypeSymbol? type, EndpointSettings settings)
        => type is not null && (model.Symbols.IsIdentityType(type) || IsCallerContextType(type, settings));

    private static bool IsCallerContextType(ITypeSymbol type, EndpointSettings settings)
    {
        if (type.SpecialType != SpecialType.None || type.TypeKind is not (TypeKind.Interface or TypeKind.Class))
        {
            return false;
        }

        if (settings.IsCallerContextTypeName(type.Name))
        {
            return true;
        }

        foreach (var candidate in SymbolFacts.InterfaceDefinitions(type))
        {
            if (settings.IsCallerContextTypeName(candidate.Name))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsIdentityMember(IMethodSymbol method, EndpointSettings settings)
        => method.ContainingType is { } type && IsIdentityType(type, settings);

    private static bool IsLogging(IMethodSymbol method)
    {
        var ns = TypeShapes.NamespaceName(method.ContainingType?.ContainingNamespace) ?? string.Empty;
        return ns.StartsWith("Microsoft.Extensions.Logging", StringComparison.Ordinal)
            || ns.StartsWith("Serilog", StringComparison.Ordinal)
            || ns.StartsWith("NLog", StringComparison.Ordinal)
            || ns.StartsWith("log4net", StringComparison.Ordinal)
            || ns == "System.Diagnostics"
            || (ns == "System" && method.ContainingType?.Name == "Console");
    }

    /// <summary>BCL helpers (parsing, formatting, strings) derive values; LINQ operators and data access look up.</summary>
    private static bool IsPassThrough(IMethodSymbol method)
    {
        var ns = TypeShapes.NamespaceName(method.ContainingType?.ContainingNamespace) ?? string.Empty;
        if (ns.StartsWith("System.Linq", StringComparison.Ordinal) || ns.StartsWith("System.Data", StringComparison.Ordinal))
        {
            return false;
        }

        return ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal)
            || ns.StartsWith("Microsoft.AspNetCore.Mvc", StringComparison.Ordinal)
            || ns.StartsWith("Microsoft.AspNetCore.Http", StringComparison.Ordinal);
    }

    /// <summary>
    /// A predicate of a query whose answer guards the response: <c>if (!await db.Patientele.AnyAsync(p =&gt;
    /// p.PraticienId == me &amp;&amp; p.BeneficiaireId == id)) return Forbid();</c> checks ownership before the lookup.
    /// </summary>
    private static bool InGuardPredicate(IOperation comparison, IOperation root)
    {
        IOperation? current = comparison.Parent;
        while (current is not null && current != root && current is not IAnonymousFunctionOperation)
        {
            current = current.Parent;
        }

        if (current is not IAnonymousFunctionOperation predicate)
        {
            return false;
        }

        // It must be about the requested record too (l.BeneficiaryId == id): a check that the caller merely exists
        // (practitioners.Any(p => p.UserName == User.Identity.Name)) proves nothing about whose record is served.
        if (!predicate.Body.Descendants().Any(o => o is IParameterReferenceOperation { Parameter: var captured }
                && !SymbolEqualityComparer.Default.Equals(captured.ContainingSymbol, predicate.Symbol)
                && EndpointModel.IsSimple(TypeShapes.UnwrapNullable(captured.Type))))
        {
            return false;
        }

        // lambda -> delegate creation / conversion -> argument -> the query's call, then up through awaits, negations
        // and logical operators to the condition of an if or a ?: whose branch leaves (return, throw).
        IOperation? value = current.Parent;
        while (value is IDelegateCreationOperation or IConversionOperation or IArgumentOperation)
        {
            value = value.Parent;
        }

        if (value is not IInvocationOperation)
        {
            return false;
        }

        for (var steps = 0; value?.Parent is { } parent && steps < 8; value = parent, steps++)
        {
            switch (parent)
            {
                case IAwaitOperation or IUnaryOperation or IConversionOperation or IBinaryOperation or IInvocationOperation { TargetMethod.Name: "ConfigureAwait" }:
                    continue;
                case IConditionalOperation conditional when conditional.Condition == value:
                    return Leaves(conditional.WhenTrue) || Leaves(conditional.WhenFalse);
                default:
                    return false;
            }
        }

        return false;

        static bool Leaves(IOperation? branch)
            => branch is not null && branch.DescendantsAndSelf().Any(o => o is IReturnOperation or IThrowOperation
                or IInvocationOperation { TargetMethod.Name: "Forbid" or "Unauthorized" or "NotFound" or "Challenge" });
    }

    private static bool IsAuthorizeAsync(IMethodSymbol method)
        => method.Name == "AuthorizeAsync" && TypeShapes.NamespaceName(method.ContainingType?.ContainingNamespace) == "Microsoft.AspNetCore.Authorization";

    private static bool ProducesData(IMethodSymbol method)
    {
        if (method.ReturnsVoid || method.ReturnType is INamedTypeSymbol { IsGenericType: false, Name: "Task" or "ValueTask" })
        {
            return false;
        }

        var words = Classification.IdentifierWords.Split(method.Name);
        return !words.Any(w => w is "audit" or "log" or "trace" or "track" or "journal" or "notify");
    }

    /// <summary>
    /// The <c>resource</c> argument is data the endpoint read: not missing, not <c>null</c>, not a value of the request
    /// (a route id or any scalar), which says nothing about whose record was fetched.
    /// </summary>
    private static bool IsFetchedResource(IInvocationOperation invocation)
    {
        var resource = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "resource")?.Value;
        while (resource is IConversionOperation conversion)
        {
            resource = conversion.Operand;
        }

        return resource is not null
            && !resource.ConstantValue.HasValue
            && resource is not IParameterReferenceOperation
            && resource.Type is { } type
            && !EndpointModel.IsSimple(TypeShapes.UnwrapNullable(type));
    }

    private static bool ResultIsUsed(IInvocationOperation invocation)
    {
        IOperation current = invocation;
        while (current.Parent is IAwaitOperation or IConversionOperation)
        {
            current = current.Parent;
        }

        return current.Parent is not (IExpressionStatementOperation or null);
    }

    private static bool IsConstant(IOperation operation)
        => ServedData.Strip(operation) is { ConstantValue.HasValue: true } or IDefaultValueOperation;

    private sealed class SymbolSettingsComparer : IEqualityComparer<(ISymbol, EndpointSettings)>
    {
        public bool Equals((ISymbol, EndpointSettings) x, (ISymbol, EndpointSettings) y)
            => ReferenceEquals(x.Item2, y.Item2) && SymbolEqualityComparer.Default.Equals(x.Item1, y.Item1);

        public int GetHashCode((ISymbol, EndpointSettings) obj) => SymbolEqualityComparer.Default.GetHashCode(obj.Item1);
    }

    private sealed class CalleeComparer : IEqualityComparer<(IMethodSymbol, int, EndpointSettings)>
    {
        public bool Equals((IMethodSymbol, int, EndpointSettings) x, (IMethodSymbol, int, EndpointSettings) y)
            => x.Item2 == y.Item2 && ReferenceEquals(x.Item3, y.Item3) && SymbolEqualityComparer.Default.Equals(x.Item1, y.Item1);

        public int GetHashCode((IMethodSymbol, int, EndpointSettings) obj)
            => (SymbolEqualityComparer.Default.GetHashCode(obj.Item1) * 31) + obj.Item2;
    }
}
