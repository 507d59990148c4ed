using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Robustness;

/// <summary>
/// Code being typed is incomplete code. Every analyzer of the assembly runs on each snippet and must neither throw
/// (AD0001) nor report on something it cannot understand.
/// </summary>
public class IncompleteCodeTests
{
    public static TheoryData<string, string> Snippets { get; } = new()
    {
        { "empty file", "" },
        { "only usings", "using System;\nusing PiiAnalyzers.Annotations;" },
        { "unterminated class", "public class Beneficiary { public string Nir { get; set; }" },
        { "half-typed member", "public class Beneficiary { public string Ni" },
        { "half-typed type", "public class Beneficiary { public lo Nir { get; set; } }" },
        { "missing types", "public class Beneficiary { public NirValue Nir { get; set; } public Missing<Contract> Garanties { get; } }" },
        { "attribute with wrong arguments", "using PiiAnalyzers.Annotations;\npublic class B { [Nir(42)] public string Code { get; set; } [NotPersonalData] public string Nir { get; set; } }" },
        { "unknown attribute", "public class B { [Secret] public string Nir { get; set; } }" },
        { "record without body", "public record Assure(string Nir, long NumeroSecu" },
        { "half-typed literal", "class Seed { string n = \"1 85 05 78 006 08" },
        { "literal in broken expression", "class Seed { void M() { var x = \"185057800608491\" + ; } }" },
        { "numeric literal overflow", "class Seed { long n = 1850578006084911111111111; }" },
        { "primary constructor in progress", "public class Beneficiary(long nir, [Nir] string" },
        { "duplicate members", "public class Beneficiary { public long Nir; public string Nir; }" },
        { "cyclic inheritance", "public class A : B { public string Nir; } public class B : A { }" },
        { "interface with errors", "public interface IAssure { string Nir { get; } } public class Assure : IAssure { }" },
        { "top-level statements", "var nir = \"185057800608491\";\nSystem.Console.WriteLine(nir);\nlong NumeroSecu;" },
        { "garbage", "}}}{{{ ;;; public public class class" },
    };

    [Theory]
    [MemberData(nameof(Snippets))]
    public async Task No_analyzer_throws(string name, string source)
    {
        var exceptions = new ConcurrentBag<Exception>();
        var compilation = TestCompilation.Create(source);
        var analyzers = AllAnalyzers();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);

        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();

        Assert.True(exceptions.IsEmpty, $"{name}: {string.Join("\n", exceptions)}");
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    internal static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers()
        => typeof(Descriptors).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
}
