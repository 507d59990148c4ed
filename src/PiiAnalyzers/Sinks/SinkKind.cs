namespace PiiAnalyzers.Sinks;

/// <summary>Where a sink writes, which decides the rule that reports it.</summary>
internal enum SinkKind
{
    None = 0,

    /// <summary>A logging library (PII0101).</summary>
    Log,

    /// <summary>Console, Debug, Trace and console text writers (PII0102).</summary>
    Console,

    /// <summary>The message of an exception (PII0104).</summary>
    Exception,

    /// <summary>Activity tags, baggage and events; metric tags (PII0105).</summary>
    Telemetry,
}

/// <summary>What a sink parameter does with its argument.</summary>
internal enum SinkParameterRole
{
    /// <summary>The value is written as text (ToString).</summary>
    Value,

    /// <summary>A message template: written itself, and its holes name the arguments that follow.</summary>
    Template,

    /// <summary>An argument of the preceding template (positional holes, <c>{@X}</c> destructures).</summary>
    TemplateArgument,

    /// <summary>The value is destructured member by member (Serilog <c>ForContext(..., destructureObjects: true)</c>).</summary>
    Destructured,
}
