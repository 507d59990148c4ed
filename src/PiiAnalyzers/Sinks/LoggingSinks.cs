using System.Collections.Immutable;
using static PiiAnalyzers.Sinks.SinkMethod;

namespace PiiAnalyzers.Sinks;

/// <summary>
/// The logging, console and trace entry points, as data. Parameters that only steer the call (levels, event ids,
/// exceptions, format providers, conditions) are not sinks; messages, templates and their arguments are.
/// </summary>
internal static class LoggingSinks
{
    public const string MelLogger = "Microsoft.Extensions.Logging.ILogger";
    public const string MelLoggerExtensions = "Microsoft.Extensions.Logging.LoggerExtensions";
    public const string MelLoggerMessageAttribute = "Microsoft.Extensions.Logging.LoggerMessageAttribute";
    public const string MelLoggerMessage = "Microsoft.Extensions.Logging.LoggerMessage";

    private static readonly ImmutableArray<string> None = ImmutableArray<string>.Empty;

    private static readonly ImmutableArray<string> SerilogLevels =
        Names("Verbose", "Debug", "Information", "Warning", "Error", "Fatal", "Write");

    private static readonly ImmutableArray<string> SerilogArguments =
        Names("propertyValue", "propertyValue0", "propertyValue1", "propertyValue2", "propertyValues");

    private static readonly ImmutableArray<string> NLogMethods =
        Names("Trace", "Debug", "Info", "Warn", "Error", "Fatal", "Log", "ConditionalDebug", "ConditionalTrace");

    private static readonly ImmutableArray<string> NLogArguments =
        Names("args", "argument", "argument1", "argument2", "argument3", "value");

    private static readonly ImmutableArray<string> Log4NetMethods = Names(
        "Debug", "Info", "Warn", "Error", "Fatal",
        "DebugFormat", "InfoFormat", "WarnFormat", "ErrorFormat", "FatalFormat");

    public static ImmutableArray<SinkMethod> All { get; } = ImmutableArray.Create(
        // Microsoft.Extensions.Logging: the extension methods format "message" with "args".
        new SinkMethod(
            MelLoggerExtensions,
            Names("Log", "LogTrace", "LogDebug", "LogInformation", "LogWarning", "LogError", "LogCritical", "BeginScope"),
            SinkKind.Log,
            Names("message", "messageFormat"),
            Names("args"),
            None),
        new SinkMethod(MelLogger, Names("Log", "BeginScope"), SinkKind.Log, None, None, Names("state")),

        // Serilog: ILogger and the static Log facade; ForContext attaches a property to every event.
        new SinkMethod("Serilog.ILogger", SerilogLevels, SinkKind.Log, Names("messageTemplate"), SerilogArguments, None),
        new SinkMethod("Serilog.Log", SerilogLevels, SinkKind.Log, Names("messageTemplate"), SerilogArguments, None),
        new SinkMethod("Serilog.ILogger", Names("ForContext"), SinkKind.Log, None, None, Names("value")),
        new SinkMethod("Serilog.Log", Names("ForContext"), SinkKind.Log, None, None, Names("value")),

        new SinkMethod("Serilog.Context.LogContext", Names("PushProperty"), SinkKind.Log, None, None, Names("value")),

        // Serilog enrichers add a property to every event: factory.CreateProperty("Nir", nir), new ScalarValue(nir).
        new SinkMethod("Serilog.Core.ILogEventPropertyFactory", Names("CreateProperty"), SinkKind.Log, None, None, Names("value")),
        new SinkMethod("Serilog.Events.LogEvent", Names("AddPropertyIfAbsent"), SinkKind.Log, None, None, Names("value")),
        new SinkMethod("Serilog.Events.ScalarValue", ImmutableArray<string>.Empty, SinkKind.Log, None, None, Names("value")),

        // NLog.
        new SinkMethod("NLog.ILogger", NLogMethods, SinkKind.Log, Names("message"), NLogArguments, None),
        new SinkMethod("NLog.ILoggerBase", NLogMethods, SinkKind.Log, Names("message"), NLogArguments, None),
        new SinkMethod("NLog.Logger", NLogMethods, SinkKind.Log, Names("message"), NLogArguments, None),
        new SinkMethod("NLog.Logger", Names("WithProperty", "PushScopeProperty"), SinkKind.Log, None, None, Names("propertyValue")),
        new SinkMethod("NLog.ScopeContext", Names("PushProperty", "PushNestedState"), SinkKind.Log, None, None, Names("value", "nestedState")),
        // An event built to be passed to Logger.Log: new LogEventInfo(level, name, provider, "Rejet {Nir}", args), LogEventInfo.Create(...).
        new SinkMethod("NLog.LogEventInfo", ImmutableArray<string>.Empty, SinkKind.Log, Names("message"), Names("parameters"), None),
        new SinkMethod("NLog.LogEventInfo", Names("Create"), SinkKind.Log, Names("message"), Names("parameters"), None),

        // NLog's fluent builder: logger.ForInfoEvent().Message("Rejet {Nir}", nir).Property("Nir", nir).Log().
        new SinkMethod("NLog.LogEventBuilder", Names("Message"), SinkKind.Log, Names("message"),
            Names("argument", "argument1", "argument2", "argument3", "args"), None),
        new SinkMethod("NLog.LogEventBuilder", Names("Property", "Properties"), SinkKind.Log, None, None, Names("propertyValue", "properties")),

        // log4net: Debug(object message), DebugFormat(string format, params object[] args).
        new SinkMethod("log4net.ILog", Log4NetMethods, SinkKind.Log, Names("format"), Names("args", "arg0", "arg1", "arg2"), Names("message")),

        // log4net contexts, printed by %property{Nir} and %ndc in every event that follows:
        // ThreadContext.Properties["Nir"] = nir; ThreadContext.Stacks["NDC"].Push(nir).
        new SinkMethod("log4net.Util.ThreadContextProperties", Names("set_Item"), SinkKind.Log, None, None, Names("value")),
        new SinkMethod("log4net.Util.LogicalThreadContextProperties", Names("set_Item"), SinkKind.Log, None, None, Names("value")),
        new SinkMethod("log4net.Util.GlobalContextProperties", Names("set_Item"), SinkKind.Log, None, None, Names("value")),
        new SinkMethod("log4net.Util.ContextPropertiesBase", Names("set_Item"), SinkKind.Log, None, None, Names("value")),
        new SinkMethod("log4net.Util.ThreadContextStack", Names("Push"), SinkKind.Log, None, None, Names("message")),
        new SinkMethod("log4net.Util.LogicalThreadContextStack", Names("Push"), SinkKind.Log, None, None, Names("message")),

        // Application Insights traces are logs: TrackTrace(message, properties).
        new SinkMethod("Microsoft.ApplicationInsights.TelemetryClient", Names("TrackTrace"), SinkKind.Log, None, None, Names("message", "properties")),

        // Console and the console's writers.
        new SinkMethod("System.Console", Names("Write", "WriteLine"), SinkKind.Console, Names("format"),
            Names("arg", "arg0", "arg1", "arg2", "arg3"), Names("value", "buffer")),

        // Debug and Trace: every text parameter except the condition and the category.
        new SinkMethod("System.Diagnostics.Debug",
            Names("Write", "WriteLine", "WriteIf", "WriteLineIf", "Print", "Assert", "Fail"),
            SinkKind.Console, Names("format"), Names("args"), Names("message", "value", "detailMessage", "detailMessageFormat")),
        new SinkMethod("System.Diagnostics.Trace",
            Names("Write", "WriteLine", "WriteIf", "WriteLineIf", "TraceInformation", "TraceWarning", "TraceError", "Assert", "Fail"),
            SinkKind.Console, Names("format"), Names("args"), Names("message", "value", "detailMessage")),
        new SinkMethod("System.Diagnostics.TraceSource",
            Names("TraceEvent", "TraceInformation", "TraceData"),
            SinkKind.Console, Names("format"), Names("args"), Names("message", "data")));

    /// <summary>Methods of <c>TextWriter</c> that write, sinks when the writer is <c>Console.Out</c> or <c>Console.Error</c>.</summary>
    public static readonly ImmutableHashSet<string> TextWriterWrites = ImmutableHashSet.Create(
        "Write", "WriteLine", "WriteAsync", "WriteLineAsync");
}
