using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules;

public class NumericNirTests
{
    [Fact]
    public Task Flags_nirs_held_in_numeric_types()
        => Verify<NumericNirAnalyzer>.Analyzer("""
            using PiiAnalyzers.Annotations;

            public sealed class AssureEntity
            {
                public {|PII0003:long|} Nir { get; set; }
                private {|PII0003:decimal?|} _numeroSecu;
                [Nir] public {|PII0003:ulong|} Identifiant { get; set; }
                public {|PII0003:decimal?|} NumeroSecu => _numeroSecu;
            }

            public sealed record AssureRow({|PII0003:long|} NumeroSecuriteSociale, string Nom);

            public sealed class Lookup
            {
                public string Find({|PII0003:long|} nir) => nir.ToString();
            }
            """);

    [Fact]
    public Task Does_not_flag_strings_or_numbers_that_are_not_nirs()
        => Verify<NumericNirAnalyzer>.Analyzer("""
            using System;

            public sealed class AssureEntity
            {
                public string Nir { get; set; } = "";
                public long Id { get; set; }
                public int NirCount { get; set; }
                public long InvoiceNumber { get; set; }
                public int NirLength => Nir.Length;
                public ReadOnlyMemory<char> NirChars { get; set; }
            }

            public abstract class Repository
            {
                public abstract string Find(long nir);
            }

            public sealed class AssureRepository : Repository
            {
                public override string Find(long nir) => "";
            }
            """.Replace("public abstract string Find(long nir);", "public abstract string Find({|PII0003:long|} nir);"));

    [Fact]
    public Task Weak_names_in_small_integers_are_ranks_but_strong_names_and_longs_are_nirs()
        => Verify<NumericNirAnalyzer>.Analyzer("""
            public sealed class Beneficiaire
            {
                public int Rang { get; set; }
                public short RangGemellaire { get; set; }
                public byte? Numero { get; set; }
                public {|PII0003:long|} NumeroAssure { get; set; }
                public {|PII0003:int|} Nir { get; set; }
                public {|PII0003:long|} Matricule { get; set; }
            }
            """);
}
