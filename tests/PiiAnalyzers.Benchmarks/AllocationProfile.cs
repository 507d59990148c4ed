using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PiiAnalyzers.Benchmarks;

/// <summary>
/// What the analyzers allocate, by type (<c>-- --allocations [AnalyzerName|empty]</c>): the runtime's allocation
/// sampling events (one per ~100 KB) during one analysis after a warm-up, summed by allocated type. A profile to
/// find the allocating code, not a measurement.
/// </summary>
public static class AllocationProfile
{
    public static string Run(int modules, string? analyzerName)
    {
        var trees = AnalyzerSets.Parse(HealthPaymentCodeGenerator.Generate(modules));
        var analyzers = analyzerName switch
        {
            null => AnalyzerSets.All,
            "empty" => AnalyzerSets.Empty,
            _ => AnalyzerSets.All.Where(a => a.GetType().Name == analyzerName).ToImmutableArray(),
        };
        if (analyzers.IsEmpty)
        {
            return "No analyzer named " + analyzerName + ".";
        }

        AnalyzerSets.WithAnalyzers(AnalyzerSets.Compile(trees), analyzers);
        using var listener = new AllocationListener();
        Thread.Sleep(200);
        listener.Recording = true;
        AnalyzerSets.WithAnalyzers(AnalyzerSets.Compile(trees), analyzers);
        listener.Recording = false;

        var builder = new StringBuilder();
        builder.AppendLine(CultureInfo.InvariantCulture, $"sampled MB by type, {modules} modules, {analyzerName ?? "all analyzers"} (total {listener.ByType.Values.Sum() / 1048576.0:F0} MB)");
        foreach (var (type, bytes) in listener.ByType.OrderByDescending(p => p.Value).Take(40))
        {
            builder.AppendLine(CultureInfo.InvariantCulture, $"{bytes / 1048576.0,8:F1} {type}");
        }

        return builder.ToString();
    }

    private sealed class AllocationListener : EventListener
    {
        public volatile bool Recording;

        public ConcurrentDictionary<string, long> ByType { get; } = new(StringComparer.Ordinal);

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: AllocationTick
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (!Recording || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.PayloadNames is null || eventData.Payload is null)
            {
                return;
            }

            var typeIndex = eventData.PayloadNames.IndexOf("TypeName");
            var amountIndex = eventData.PayloadNames.IndexOf("AllocationAmount64");
            if (amountIndex < 0)
            {
                amountIndex = eventData.PayloadNames.IndexOf("AllocationAmount");
            }

            if (typeIndex < 0 || amountIndex < 0)
            {
                return;
            }

            var amount = Convert.ToInt64(eventData.Payload[amountIndex], CultureInfo.InvariantCulture);
            ByType.AddOrUpdate(eventData.Payload[typeIndex] as string ?? "?", amount, (_, total) => total + amount);
        }
    }
}
