using System;
using System.Diagnostics;
using System.Threading;
using PiiAnalyzers.Benchmarks;
using Xunit;
using Xunit.Abstractions;

namespace PiiAnalyzers.Tests.Robustness;

/// <summary>
/// The IDE cancels analysis on every keystroke: once the token fires, analysis of a large compilation (the
/// benchmarks' generated health-payment code) with every analyzer must stop with an OperationCanceledException within
/// <see cref="Limit"/>.
/// </summary>
[Collection(RobustnessCollection.Name)]
public class CancellationTests
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(2);

    private readonly ITestOutputHelper output;

    public CancellationTests(ITestOutputHelper output) => this.output = output;

    [Theory]
    [InlineData(500)]
    [InlineData(2000)]
    public void Analysis_stops_promptly_when_cancelled(int cancelAfterMilliseconds)
    {
        var trees = AnalyzerSets.Parse(HealthPaymentCodeGenerator.Generate(60));
        var compilation = AnalyzerHarness.Compile(trees, "Cancellation");
        using var source = new CancellationTokenSource();
        var stopwatch = Stopwatch.StartNew();
        var firedAt = TimeSpan.Zero;
        using var registration = source.Token.Register(() => firedAt = stopwatch.Elapsed);

        // A dedicated thread cancels, as the IDE's typing thread does: CancelAfter's timer runs on the thread pool,
        // which concurrent analysis keeps busy on a small machine, and it was seen to fire only after analysis ended.
        var canceller = new Thread(() =>
        {
            Thread.Sleep(cancelAfterMilliseconds);
            source.Cancel();
        })
        { IsBackground = true, Priority = ThreadPriority.AboveNormal };
        canceller.Start();

        var exception = Record.Exception(() => AnalyzerHarness.Run(compilation, source.Token));
        var stoppedAt = stopwatch.Elapsed;
        canceller.Join();

        Assert.True(exception is OperationCanceledException, $"expected an OperationCanceledException, got {exception?.GetType().Name ?? "completion"} after {stoppedAt.TotalMilliseconds:F0} ms");
        var latency = stoppedAt - firedAt;
        output.WriteLine($"cancelled after {firedAt.TotalMilliseconds:F0} ms, stopped {latency.TotalMilliseconds:F0} ms later (limit {Limit.TotalSeconds} s)");
        Assert.True(latency < Limit, $"analysis went on for {latency.TotalMilliseconds:F0} ms after cancellation");
    }
}
