using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace PiiAnalyzers.Tests.Robustness;

/// <summary>
/// Pathological but legal (or nearly legal) inputs: every analyzer must finish each of them within
/// <see cref="Bound"/> (the whole analysis, compiler binding included) and without an exception. The bound is
/// generous for a 2-core CI machine shared with other jobs; the measured times are written to the test output.
/// </summary>
[Collection(RobustnessCollection.Name)]
public class AdversarialInputTests
{
    /// <summary>The time limit for the analysis of one adversarial compilation, compiler binding included.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private const string ValidNir = "185057800608491";

    private const string Prelude = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using Microsoft.Extensions.Logging;
        using PiiAnalyzers.Annotations;

        namespace Adversarial;

        public class Beneficiary
        {
            public string Nir { get; set; } = "";
            public DateTime DateOfBirth { get; set; }
            public string Mutuelle { get; set; } = "";
            public long NumeroSecuriteSociale { get; set; }
        }

        """;

    private readonly ITestOutputHelper output;

    public AdversarialInputTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Method_with_10000_statements()
    {
        // Mostly expression statements over a few locals, as in long generated or hand-rolled mapping methods. (With a
        // new local every fourth statement, 2,500 locals, the compiler alone needs about 30 s on a 2-core CI machine:
        // its flow analysis grows with locals x statements. That is the compiler's cost, not the analyzers'.)
        var body = new StringBuilder("        var text = string.Empty;\n        long total = 0;\n");
        for (var i = 0; i < 10_000; i++)
        {
            body.Append((i % 4) switch
            {
                0 => $"        text = b.Nir + \"-{i}\";\n",
                1 => $"        logger.LogInformation(\"{{Nir}} {{Dob}}\", b.Nir, b.DateOfBirth.AddDays({i}));\n",
                2 => i % 100 == 2 ? $"        Console.WriteLine(\"{ValidNir}\");\n" : $"        if (b.Mutuelle.Length > {i}) throw new InvalidOperationException(b.Nir + text);\n",
                _ => i % 40 == 3 ? $"        long numeroSecu{i} = b.NumeroSecuriteSociale + {i}; total += numeroSecu{i};\n" : $"        total += b.NumeroSecuriteSociale + {i};\n",
            });
        }

        var source = Prelude + "public static class Long\n{\n    public static long Run(Beneficiary b, ILogger logger)\n    {\n" + body + "        return total;\n    }\n}\n";
        AnalyzeWithinBound("10,000 statements", source);
    }

    // Nesting depths, measured with this compiler (Roslyn 5.0): 1,000 levels of parentheses and of conditional
    // expressions bind without CS8078 ("expression too long or too deeply nested") and without a stack overflow, in
    // well under the bound. 1,000 levels of cast-and-invoked lambdas passed three runs, then overflowed the stack in
    // the compiler's own NullableWalker (VisitReturnStatement/VisitCall, not analyzer code) and killed the test host
    // in a full-suite run, where the compilation ran on a thread-pool thread's smaller stack; 200 levels are used, a
    // conservative choice (the exact limit depends on the thread's stack size and was not bisected). Nested
    // interpolated strings are different: the compiler's own binding (Compilation.GetDiagnostics, no analyzer) grows
    // exponentially with depth, about x1.5 per level (16 levels 0.5 s, 20 levels 2.8 s, 22 levels 6.7 s on a 2-core
    // CI machine), so 1,000 levels never finish in the compiler itself; 16 is the deepest level the compiler handles
    // within a fraction of the bound, and the analyzers add no more than the compiler's own time there.
    [Theory]
    [InlineData("parentheses", 1000)]
    [InlineData("lambdas", 200)]
    [InlineData("interpolations", InterpolationDepth)]
    [InlineData("concatenation", 10_000)]
    [InlineData("conditional", 1000)]
    public void Deeply_nested_expressions(string kind, int depth)
    {
        var expression = kind switch
        {
            "parentheses" => new string('(', depth) + "b.Nir" + new string(')', depth),
            "lambdas" => Repeat("((Func<string>)(() => ", depth) + "b.Nir" + Repeat("))()", depth),
            "interpolations" => Repeat("$\"{", depth) + "b.Nir" + Repeat("}\"", depth),
            "concatenation" => string.Join(" + ", Enumerable.Range(0, depth).Select(i => i % 2 == 0 ? "b.Nir" : "\"" + i + "\"")),
            "conditional" => Repeat("b.Mutuelle.Length > 3 ? b.Nir : (", depth) + "b.Mutuelle" + new string(')', depth),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var source = Prelude + "public static class Nested\n{\n    public static string Run(Beneficiary b, ILogger logger)\n    {\n"
            + "        var value = " + expression + ";\n        logger.LogInformation(\"{Value}\", value);\n        return value;\n    }\n}\n";
        var run = AnalyzeWithinBound($"{depth} levels of {kind}", source);
        var tooDeep = run.Compilation.GetDiagnostics().Where(d => d.Id == "CS8078").ToList();
        output.WriteLine($"CS8078 (too deeply nested) reported by the compiler: {tooDeep.Count}");
    }

    /// <summary>Nested interpolated strings: the deepest level used here; see the comment on the theory.</summary>
    private const int InterpolationDepth = 16;

    [Fact]
    public void String_literal_of_10_MB()
    {
        // Digit runs that look like NIRs (wrong key) are the expensive case for the literal scanner.
        var builder = new StringBuilder(10 * 1024 * 1024 + 64);
        while (builder.Length < 10 * 1024 * 1024)
        {
            builder.Append("185057800608492 1 85 05 78 006 084 92 ");
        }

        builder.Append(ValidNir);
        var source = Prelude + "public static class Big\n{\n    public const string Text = \"" + builder + "\";\n"
            + "    public static void Run(ILogger logger) => logger.LogInformation(Text);\n}\n";
        var run = AnalyzeWithinBound("10 MB string literal", source);
        Assert.Contains(run.Run.Diagnostics, d => d.Id == "PII0002");
    }

    [Fact]
    public void Class_with_5000_members()
    {
        var members = new StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            members.Append((i % 5) switch
            {
                0 => $"    public string Nir{i} {{ get; set; }} = \"\";\n",
                1 => $"    public DateTime DateOfBirth{i} {{ get; set; }}\n",
                2 => $"    public long NumeroSecu{i};\n",
                3 => $"    public string Label{i}() => Nir{i - 3} + DateOfBirth{i - 2}.ToString();\n",
                _ => $"    [NotPersonalData(\"test\")] public string Mutuelle{i} {{ get; set; }} = \"{(i % 500 == 4 ? ValidNir : "x")}\";\n",
            });
        }

        AnalyzeWithinBound("5,000 members", Prelude + "public partial class Patient\n{\n" + members + "}\n");
    }

    [Fact]
    public void Recursive_and_generic_holder_types()
    {
        var source = new StringBuilder(Prelude);

        // A 200-type cycle: T0 holds T1 ... T199 holds T0 and a NIR.
        for (var i = 0; i < 200; i++)
        {
            source.Append($"public class Link{i} {{ public Link{(i + 1) % 200}? Next {{ get; set; }} public List<Link{i}> Self {{ get; }} = new(); public Link{i}[]? Array; public Dictionary<string, Link{(i + 7) % 200}>? Map; }}\n");
        }

        source.Append("public partial class Link199 { public string Nir { get; set; } = \"\"; }\n");

        // Types whose generic expansion never ends, and deep generic nesting.
        source.Append("""
            public class Node<T> { public Node<Node<T>>? Deeper { get; set; } public T? Value { get; set; } public string? Nir { get; set; } }
            public class Pair<TLeft, TRight> { public Pair<TRight, Pair<TLeft, TRight>>? Swap { get; set; } public TLeft? Left { get; set; } public TRight? Right { get; set; } }
            public class Selfish<T> where T : Selfish<T> { public T? Me { get; set; } public DateTime DateOfBirth { get; set; } }
            public class Concrete : Selfish<Concrete> { public Node<Concrete>? Root { get; set; } }
            public class Holder<T> { public T? Value { get; set; } public Holder<T>? Next { get; set; } public List<Holder<List<T>>>? Children { get; set; } }
            public record Wrapper(Beneficiary Beneficiary, Wrapper? Parent, IQueryable<Wrapper> Children);

            """);
        source.Append("public static class Deep\n{\n    public static ")
            .Append(Repeat("Holder<", 60)).Append("Beneficiary").Append(new string('>', 60))
            .Append("? Value;\n    public static Node<Pair<Link0, Concrete>>? Tangle;\n")
            .Append("    public static void Log(ILogger logger, Node<Beneficiary> node, Link0 link, Wrapper wrapper) { logger.LogInformation(\"{@Node} {@Link} {W}\", node, link, wrapper); }\n}\n");
        AnalyzeWithinBound("recursive and generic holders", source.ToString());
    }

    [Fact]
    public void Partial_classes_across_files()
    {
        var files = Enumerable.Range(0, 20).Select(i => (
            $"/src/Partial{i}.cs",
            Prelude + $"public partial class Insuree\n{{\n    public string Nir{i} {{ get; set; }} = \"\";\n    public long NumeroSecu{i} {{ get; set; }}\n"
            + $"    partial void OnChanged{i}();\n    public DateTime DateOfBirth{i} {{ get; set; }}\n}}\n"
            + $"public partial record Claim{i % 3}(string NumeroAssure{i}) {{ public string Mutuelle{i} {{ get; init; }} = \"\"; }}\n"))
            .ToArray();

        // The prelude's Beneficiary is declared once, in the first file.
        var trees = files.Select((f, i) => AnalyzerHarness.Parse(i == 0 ? f.Item2 : f.Item2.Replace(BeneficiaryDeclaration, "", StringComparison.Ordinal), f.Item1));
        var run = AnalyzeWithinBound("partial classes in 20 files", trees.ToArray());
        Assert.Contains(run.Run.Diagnostics, d => d.Id == "PII0003");
    }

    [Fact]
    public void Generated_code_produces_no_diagnostics()
    {
        const string body = """
            namespace Generated
            {
                public class GeneratedBeneficiary
                {
                    public long Nir { get; set; }
                    public System.DateTime DateOfBirth { get; set; }
                    public string Mutuelle { get; set; } = "";
                    public const string Sample = "185057800608491";
                    public void Log(Microsoft.Extensions.Logging.ILogger logger) => Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(logger, "{Nir}", Nir);
                }
            }
            """;
        var trees = new[]
        {
            AnalyzerHarness.Parse("// <auto-generated/>\n" + body, "/src/Header.cs"),
            AnalyzerHarness.Parse("// <auto-generated>\n//   by a tool\n// </auto-generated>\n" + body.Replace("Generated", "Generated2", StringComparison.Ordinal), "/src/Header2.cs"),
            AnalyzerHarness.Parse(body.Replace("Generated", "Generated3", StringComparison.Ordinal), "/src/Beneficiary.g.cs"),
            AnalyzerHarness.Parse(body.Replace("Generated", "Generated4", StringComparison.Ordinal), "/src/Beneficiary.g.i.cs"),
            AnalyzerHarness.Parse(body.Replace("Generated", "Generated5", StringComparison.Ordinal), "/src/Form.designer.cs"),
            // [GeneratedCode] on the type, in a file with an ordinary name (NSwag and gRPC clients look like this).
            AnalyzerHarness.Parse(
                body.Replace("Generated", "Generated6", StringComparison.Ordinal)
                    .Replace("public class", "[System.CodeDom.Compiler.GeneratedCode(\"NSwag\", \"14.0\")]\n    public class", StringComparison.Ordinal),
                "/src/Client.cs"),
            AnalyzerHarness.Parse(body.Replace("Generated", "Handwritten", StringComparison.Ordinal), "/src/Handwritten.cs"),
        };
        var run = AnalyzeWithinBound("generated code", trees);
        var inGenerated = run.Run.Diagnostics.Where(d => d.Location.SourceTree?.FilePath != "/src/Handwritten.cs").ToList();
        Assert.True(inGenerated.Count == 0, string.Join("\n", inGenerated));

        // The same code, hand-written, is flagged: the test would pass vacuously otherwise.
        Assert.Contains(run.Run.Diagnostics, d => d.Id == "PII0002" && d.Location.SourceTree?.FilePath == "/src/Handwritten.cs");
        Assert.Contains(run.Run.Diagnostics, d => d.Id == "PII0003" && d.Location.SourceTree?.FilePath == "/src/Handwritten.cs");
    }

    [Fact]
    public void Preprocessor_regions()
    {
        var source = Prelude.Replace("using System;", "#define ACTIVE\nusing System;", StringComparison.Ordinal) + $$"""
            public static class Regions
            {
            #if NEVER_DEFINED
                public const string Inactive = "{{ValidNir}}";
                public static long Nir;
                this is not even C# ((( ;
            #elif ACTIVE
                public const string Active = "{{ValidNir}}";
            #else
                public static long NumeroSecu;
            #endif
            #region Holders
            #if ACTIVE && !NEVER_DEFINED
                public static void Log(ILogger logger, Beneficiary b) { logger.LogInformation("{Nir}", b.Nir); }
            #endif
            #endregion
            #if ACTIVE
                public static string Unterminated = "x";
            #pragma warning disable PII0002
                public const string Suppressed = "{{ValidNir}}";
            #pragma warning restore PII0002
            }
            #endif
            """;
        var run = AnalyzeWithinBound("#if regions", source);
        var literals = run.Run.Diagnostics.Where(d => d.Id == "PII0002").ToList();
        Assert.DoesNotContain(literals, d => d.Location.GetLineSpan().StartLinePosition.Line == LineOf(source, "Inactive"));
        Assert.Contains(literals, d => d.Location.GetLineSpan().StartLinePosition.Line == LineOf(source, "Active ="));
    }

    private const string BeneficiaryDeclaration = """
        public class Beneficiary
        {
            public string Nir { get; set; } = "";
            public DateTime DateOfBirth { get; set; }
            public string Mutuelle { get; set; } = "";
            public long NumeroSecuriteSociale { get; set; }
        }
        """;

    private static int LineOf(string source, string marker)
        => source.Substring(0, source.IndexOf(marker, StringComparison.Ordinal)).Count(c => c == '\n');

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private sealed record Result(Compilation Compilation, AnalysisRun Run);

    private Result AnalyzeWithinBound(string name, string source)
        => AnalyzeWithinBound(name, AnalyzerHarness.Parse(source));

    private Result AnalyzeWithinBound(string name, params SyntaxTree[] trees)
    {
        var compilerOnly = System.Diagnostics.Stopwatch.StartNew();
        AnalyzerHarness.Compile(trees).GetDiagnostics();
        compilerOnly.Stop();
        var compilation = AnalyzerHarness.Compile(trees);
        var run = AnalyzerHarness.Run(compilation);
        var counts = string.Join(", ", run.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}x{g.Count()}"));
        output.WriteLine($"{name}: {run.Elapsed.TotalMilliseconds:F0} ms (bound {Bound.TotalSeconds} s; compiler alone {compilerOnly.ElapsedMilliseconds} ms), analyzers: {AnalyzerHarness.AllAnalyzers.Length}, diagnostics: {counts}");
        Assert.True(run.Failures.Count == 0, $"{name}: analyzer exception\n{string.Join("\n", run.Failures)}");
        Assert.True(run.Elapsed < Bound, $"{name}: analysis took {run.Elapsed.TotalSeconds:F1} s, bound {Bound.TotalSeconds} s");
        return new Result(compilation, run);
    }
}
