using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Classification;
using PiiAnalyzers.Infrastructure;

namespace PiiAnalyzers.Sinks;

/// <summary>
/// What a query projects its rows to, when that is a value that identifies a person on its own: the rows of
/// <c>Select(b =&gt; b.Nir)</c> are NIRs even though <c>string</c> holds nothing. Read by PII0201 on returned queries
/// and by PII0203 on what an endpoint serves.
/// </summary>
internal static class QueryProjections
{
    /// <summary>
    /// The member a query projects its rows to (<c>Select(b =&gt; b.Nir)</c>), or keys or fills a dictionary with
    /// (<c>ToDictionary(b =&gt; b.Id, b =&gt; b.Nir)</c>), found on the chain from the materialising call or returned
    /// query back to the first <c>Select</c>, when it identifies a person.
    /// </summary>
    public static ISymbol? IdentifyingMember(IOperation operation, PiiClassifier classifier)
    {
        var current = QueryEvaluator.Unwrap(operation);
        if (current.Kind == OperationTree.CollectionExpression && OperationTree.SpreadOperands(current).FirstOrDefault() is { } spread)
        {
            current = QueryEvaluator.Unwrap(spread); // [.. rows.Select(b => b.Nir)]
        }

        for (var steps = 0; steps < 32 && current is IInvocationOperation invocation; steps++)
        {
            var name = invocation.TargetMethod.Name;
            if (name is "Select" && invocation.Arguments.Length > 1)
            {
                // Without the person, an insurer or a status is a value, not personal data: only identifying
                // values (a NIR, a birth date, explicitly personal data) count on their own.
                return SelectedMember(invocation.Arguments[invocation.Arguments.Length - 1].Value) is { } member && IsIdentifying(member, classifier)
                    ? member
                    : null;
            }

            if (QuerySources.Materialisers.Contains(name))
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.Name is "keySelector" or "elementSelector"
                        && SelectedMember(argument.Value) is { } member && IsIdentifying(member, classifier))
                    {
                        return member;
                    }
                }
            }

            var receiver = invocation.Instance
                ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
            if (receiver is null)
            {
                return null;
            }

            current = QueryEvaluator.Unwrap(receiver);
        }

        return null;
    }

    /// <summary>A NIR, a birth date or explicitly personal data: what identifies a person without the row around it.</summary>
    public static bool IsIdentifying(ISymbol member, PiiClassifier classifier)
        => (classifier.Classify(member).Categories & (PiiCategory.Nir | PiiCategory.BirthDate | PiiCategory.PersonalData)) != 0;

    /// <summary>The member a selector lambda returns of its row: <c>b =&gt; b.Nir</c>.</summary>
    public static ISymbol? SelectedMember(IOperation selector)
        => OperationTree.LambdaResult(selector) is { } projected
            ? QueryEvaluator.Unwrap(projected) switch
            {
                IPropertyReferenceOperation property => property.Property,
                IFieldReferenceOperation field => field.Field,
                _ => null,
            }
            : null;
}
