using System.Collections.Immutable;
using static PiiAnalyzers.Sinks.SinkMethod;

namespace PiiAnalyzers.Sinks;

/// <summary>
/// Distributed tracing and metrics, as data: tag and baggage values, event tags, metric instrument tags. Tag keys and
/// measured amounts are not sinks.
/// </summary>
internal static class TelemetrySinks
{
    private static readonly ImmutableArray<string> None = ImmutableArray<string>.Empty;

    private static readonly ImmutableArray<string> MetricTags = Names("tag", "tag1", "tag2", "tag3", "tags");

    public static ImmutableArray<SinkMethod> All { get; } = ImmutableArray.Create(
        new SinkMethod("System.Diagnostics.Activity",
            Names("SetTag", "AddTag", "SetBaggage", "AddBaggage", "AddEvent", "SetStatus", "AddException"),
            SinkKind.Telemetry, None, None, Names("value", "e", "description", "tags")),
        new SinkMethod("System.Diagnostics.ActivityEvent", ImmutableArray<string>.Empty, SinkKind.Telemetry, None, None, Names("name", "tags")),
        new SinkMethod("System.Diagnostics.ActivityTagsCollection", Names("Add", "set_Item"), SinkKind.Telemetry, None, None, Names("value", "item")),
        new SinkMethod("System.Diagnostics.TagList", Names("Add"), SinkKind.Telemetry, None, None, Names("value", "tag")),
        new SinkMethod("System.Diagnostics.ActivitySource", Names("StartActivity", "CreateActivity"), SinkKind.Telemetry, None, None, Names("tags")),
        new SinkMethod("System.Diagnostics.Metrics.Counter`1", Names("Add"), SinkKind.Telemetry, None, None, MetricTags),
        new SinkMethod("System.Diagnostics.Metrics.UpDownCounter`1", Names("Add"), SinkKind.Telemetry, None, None, MetricTags),
        new SinkMethod("System.Diagnostics.Metrics.Histogram`1", Names("Record"), SinkKind.Telemetry, None, None, MetricTags),
        new SinkMethod("System.Diagnostics.Metrics.Gauge`1", Names("Record"), SinkKind.Telemetry, None, None, MetricTags),

        // Application Insights custom properties (TrackTrace is a log, in LoggingSinks).
        new SinkMethod("Microsoft.ApplicationInsights.TelemetryClient",
            Names("TrackEvent", "TrackException", "TrackMetric", "TrackAvailability"),
            SinkKind.Telemetry, None, None, Names("properties")));
}
