using System.Collections.Immutable;

namespace PiiAnalyzers.Sinks;

/// <summary>
/// Exception constructors: the message of any <c>System.Exception</c>-derived type, and the values some framework
/// exceptions copy into their message.
/// </summary>
internal static class ExceptionSinks
{
    public const string ExceptionType = "System.Exception";

    /// <summary>Constructor parameters that end up in <c>Exception.Message</c>.</summary>
    public static readonly ImmutableHashSet<string> MessageParameters = ImmutableHashSet.Create(
        "message", "actualValue", "format", "args");
}
