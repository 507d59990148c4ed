using System;
using System.Globalization;
using System.IO;
using System.Linq;
using PiiAnalyzers.Classification;
using PiiAnalyzers.Cli.Output;
using Xunit;

namespace PiiAnalyzers.Cli.Tests;

public sealed class MaskingTests
{
    /// <summary>A valid NIR built at run time, so that no test source holds one.</summary>
    private static string ValidNir()
    {
        var body = "1" + "85" + "05" + "75" + "123" + "045";
        return body + NirValidator.ComputeKey(body).ToString("00", CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Mask_replaces_every_valid_nir_and_keeps_the_rest()
    {
        var nir = ValidNir();
        Assert.True(NirValidator.IsValid(nir));

        var masked = Masking.Mask($"before {nir} middle {nir} after");

        Assert.Empty(NirValidator.FindIn(masked));
        Assert.Equal($"before {Masking.NirMask} middle {Masking.NirMask} after", masked);
    }

    [Fact]
    public void Hard_coded_nir_is_reported_with_a_mask_and_never_copied()
    {
        using var folder = new TempFolder();
        var nir = ValidNir();
        folder.Write("Seed.cs", $$"""
            namespace Portal;

            public static class Seed
            {
                public const string Sample = "{{nir}}";
            }
            """);
        var sarif = folder.File("out/scan.sarif");
        var markdown = folder.File("out/inventory.md");
        var json = folder.File("out/inventory.json");

        var run = CliRunner.Run(folder.Path, "--sarif", sarif, "--report", markdown, "--quiet");
        CliRunner.Run(folder.Path, "--report", json, "--quiet");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("PII0002", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"value masked: `{Masking.NirMask}`", File.ReadAllText(markdown), StringComparison.Ordinal);
        foreach (var text in new[] { File.ReadAllText(sarif), File.ReadAllText(markdown), File.ReadAllText(json), run.Stdout, run.Stderr })
        {
            Assert.DoesNotContain(nir, text, StringComparison.Ordinal);
            Assert.Empty(NirValidator.FindIn(text));
        }

        Assert.Contains(File.ReadAllLines(json), line => line.Contains("PII0002", StringComparison.Ordinal));
    }
}
