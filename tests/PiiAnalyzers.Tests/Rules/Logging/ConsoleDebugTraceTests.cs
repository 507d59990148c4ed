using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Logging;

/// <summary>PII0102: Console, Console.Out/Error, Debug, Trace.</summary>
public class ConsoleDebugTraceTests
{
    [Fact]
    public Task Flags_console_debug_and_trace()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using System.Diagnostics;

            public class BatchImport
            {
                public void Print(Beneficiary beneficiary)
                {
                    Console.WriteLine({|PII0102:beneficiary.Nir|});
                    Console.WriteLine("Beneficiary {0} born {1}", beneficiary.Id, {|PII0102:beneficiary.BirthDate|});
                    Console.Write($"Insurer: {{|PII0102:beneficiary.Mutuelle|}}");
                    Console.Out.WriteLine({|PII0102:beneficiary.Nir|});
                    Console.Error.WriteLine("Rejected " + {|PII0102:beneficiary.Nir|});
                    Debug.WriteLine($"NIR {{|PII0102:beneficiary.Nir|}}");
                    Debug.WriteLineIf(beneficiary.Id > 0, {|PII0102:beneficiary.MaritalStatus|});
                    Trace.TraceInformation("Processing {0}", {|PII0102:beneficiary.Nir|});
                    Trace.WriteLine({|PII0102:beneficiary.Contract.Guarantee|});
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Does_not_flag_harmless_console_output()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using System.Diagnostics;
            using System.IO;
            using PiiAnalyzers.Annotations;

            public class BatchImport
            {
                public void Print(Beneficiary beneficiary, TextWriter report)
                {
                    Console.WriteLine("Imported beneficiary {0}", beneficiary.Id);
                    Console.WriteLine(Redact.Nir(beneficiary.Nir));
                    Debug.WriteLineIf(string.IsNullOrEmpty(beneficiary.Nir), "Missing NIR");
                    Debug.Assert(beneficiary.Nir.Length == 15, "NIR must have 15 characters");
                    Trace.TraceWarning("Beneficiary {0} has no contract", beneficiary.Id);
                    report.WriteLine(beneficiary.Nir);
                    Console.WriteLine(beneficiary);
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Flags_console_streams_held_in_a_local_or_a_read_only_field()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using System.IO;

            public class ImportConsole
            {
                private static readonly TextWriter Sortie = Console.Out;
                private static readonly TextWriter Rapport = new StringWriter();
                private readonly TextWriter fichier;

                public ImportConsole(string chemin) => fichier = new StreamWriter(chemin);

                public void Afficher(Beneficiary beneficiary)
                {
                    var erreurs = Console.Error;
                    erreurs.WriteLine("NIR rejeté : " + {|PII0102:beneficiary.Nir|});
                    Sortie.WriteLine({|PII0102:beneficiary.BirthDate|});

                    var journal = new StringWriter();
                    journal.WriteLine(beneficiary.Nir);
                    Rapport.WriteLine(beneficiary.Nir);
                    fichier.WriteLine(beneficiary.Nir);
                    Sortie.WriteLine("Bénéficiaire {0} importé", beneficiary.Id);
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Flags_arguments_of_params_span_overloads()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using System.Text;
            using Microsoft.Extensions.Logging;

            // From four values on, .NET 9+ binds these calls to params ReadOnlySpan<object?> overloads.
            public class RemittanceReport
            {
                public void Print(ILogger logger, Beneficiary beneficiary, decimal amount, string actCode)
                {
                    Console.WriteLine("{0} {1} {2} {3}", beneficiary.Id, actCode, amount, {|PII0102:beneficiary.Nir|});
                    Console.Out.WriteLine("{0} {1} {2} {3}", beneficiary.Id, actCode, amount, {|PII0102:beneficiary.BirthDate|});

                    var line = string.Format("{0};{1};{2};{3}", beneficiary.Id, actCode, amount, beneficiary.Mutuelle);
                    logger.LogInformation({|PII0101:line|});

                    var csv = new StringBuilder();
                    csv.AppendFormat("{0};{1};{2};{3}", beneficiary.Id, actCode, amount, beneficiary.Nir);
                    Console.WriteLine({|PII0102:csv.ToString()|});
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Does_not_flag_params_span_overloads_with_harmless_values()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using System.Text;
            using Microsoft.Extensions.Logging;

            public class RemittanceReport
            {
                public void Print(ILogger logger, Beneficiary beneficiary, decimal amount, string actCode)
                {
                    Console.WriteLine("{0} {1} {2} {3}", beneficiary.Id, actCode, amount, beneficiary.Nir.Length);
                    Console.Out.WriteLine("{0} {1} {2} {3}", beneficiary.Id, actCode, amount, beneficiary.BirthDate.Year);

                    var line = string.Format("{0};{1};{2};{3}", beneficiary.Id, actCode, amount, beneficiary.LastName);
                    logger.LogInformation(line);

                    var csv = new StringBuilder();
                    csv.AppendFormat("{0};{1};{2};{3}", beneficiary.Id, actCode, amount, string.IsNullOrEmpty(beneficiary.Nir));
                    Console.WriteLine(csv.ToString());
                }
            }
            """ + SampleModel.Beneficiary);
}
