using Microsoft.CodeAnalysis.Diagnostics;

namespace PiiAnalyzers.Infrastructure;

/// <summary>
/// How every PiiAnalyzers analyzer treats generated code: it is never analysed, and each analyzer skips it itself
/// (each action starts with <c>if (context.IsGeneratedCode) return;</c>).
/// </summary>
/// <remarks>
/// With <see cref="GeneratedCodeAnalysisFlags.None"/> the driver would skip generated code for us, but it would also
/// check every reported diagnostic's location against the <c>[GeneratedCode]</c> attributes of its file, walking
/// the tokens of each file a diagnostic lands in: measured at about a quarter of all the rules' time on the
/// benchmark code base. The driver already tells each action whether its code is generated (file name, header
/// comment, <c>[GeneratedCode]</c> on the symbol or its containers), and no rule reports outside the code it analyses,
/// so skipping at the action and letting the driver report directly gives the same findings without that walk.
/// </remarks>
internal static class GeneratedCode
{
    public const GeneratedCodeAnalysisFlags Flags = GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics;
}
