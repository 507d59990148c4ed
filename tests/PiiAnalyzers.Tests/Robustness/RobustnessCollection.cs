using Xunit;

namespace PiiAnalyzers.Tests.Robustness;

/// <summary>
/// The robustness tests measure time: they run on their own, not in parallel with the rest of the suite (which
/// would otherwise take the CI machine's cores from under them and make their bounds flaky).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RobustnessCollection
{
    public const string Name = "Robustness (timed, not parallel)";
}
