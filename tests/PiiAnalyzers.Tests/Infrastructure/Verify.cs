using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace PiiAnalyzers.Tests.Infrastructure;

/// <summary>Analyzer tests with the real ecosystem's references and an optional <c>.editorconfig</c>.</summary>
public static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, DiagnosticSeverity.Warning);

    /// <summary>Checks that the markup's diagnostics, and only those, are reported.</summary>
    public static Task Analyzer(string source, string? editorConfig = null)
    {
        var test = new AnalyzerTest { TestCode = source };
        test.Configure(editorConfig);
        return test.RunAsync();
    }

    /// <summary>Checks the diagnostics of code that need not compile (incomplete code, being typed).</summary>
    public static Task IncompleteCode(string source)
    {
        var test = new AnalyzerTest { TestCode = source, CompilerDiagnostics = CompilerDiagnostics.None };
        test.Configure(null);
        return test.RunAsync();
    }

    public sealed class AnalyzerTest : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        internal void Configure(string? editorConfig)
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(TestReferences.All);
            if (editorConfig is not null)
            {
                TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig));
            }
        }

        protected override ParseOptions CreateParseOptions()
            => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Preview);

        protected override CompilationOptions CreateCompilationOptions()
            => ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }
}

/// <summary>Code-fix tests: before, after, and fix-all in document and project.</summary>
public static class Verify<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task CodeFix(string source, string fixedSource, int codeActionIndex = 0, string? equivalenceKey = null)
    {
        var test = new CodeFixTest
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionIndex = codeActionIndex,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        test.ReferenceAssemblies = TestReferences.None;
        test.TestState.AdditionalReferences.AddRange(TestReferences.All);
        test.FixedState.AdditionalReferences.AddRange(TestReferences.All);
        return test.RunAsync();
    }

    public sealed class CodeFixTest : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        protected override ParseOptions CreateParseOptions()
            => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion.Preview);

        protected override CompilationOptions CreateCompilationOptions()
            => ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
    }
}
