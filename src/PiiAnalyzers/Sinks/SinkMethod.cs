using System.Collections.Immutable;

namespace PiiAnalyzers.Sinks;

/// <summary>
/// One row of a sink table: the methods of a type whose parameters write their arguments somewhere people read.
/// </summary>
internal sealed class SinkMethod
{
    /// <param name="typeMetadataName">The declaring type, by full metadata name; implementations of an interface match too.</param>
    /// <param name="methods">Method names, or empty for the constructors of the type.</param>
    /// <param name="kind">Where the sink writes.</param>
    /// <param name="templates">Parameter names holding a message template.</param>
    /// <param name="arguments">Parameter names holding template arguments (a <c>params</c> array or numbered values).</param>
    /// <param name="values">Parameter names written as values.</param>
    public SinkMethod(
        string typeMetadataName,
        ImmutableArray<string> methods,
        SinkKind kind,
        ImmutableArray<string> templates,
        ImmutableArray<string> arguments,
        ImmutableArray<string> values)
    {
        TypeMetadataName = typeMetadataName;
        Methods = methods;
        Kind = kind;
        Templates = templates;
        Arguments = arguments;
        Values = values;
    }

    public string TypeMetadataName { get; }

    public ImmutableArray<string> Methods { get; }

    public SinkKind Kind { get; }

    public ImmutableArray<string> Templates { get; }

    public ImmutableArray<string> Arguments { get; }

    public ImmutableArray<string> Values { get; }

    public SinkParameterRole? RoleOf(string parameterName)
    {
        if (Templates.Contains(parameterName))
        {
            return SinkParameterRole.Template;
        }

        if (Arguments.Contains(parameterName))
        {
            return SinkParameterRole.TemplateArgument;
        }

        if (Values.Contains(parameterName))
        {
            return SinkParameterRole.Value;
        }

        return null;
    }

    public static ImmutableArray<string> Names(params string[] names) => ImmutableArray.Create(names);
}
