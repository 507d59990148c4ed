using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Logging;

/// <summary>PII0101 with Serilog, NLog and log4net.</summary>
public class SerilogNLogLog4NetTests
{
    [Fact]
    public Task Flags_serilog_logger_and_static_log()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using Serilog;

            public class ReimbursementJob
            {
                private readonly ILogger log = Log.ForContext<ReimbursementJob>();

                public void Run(Beneficiary beneficiary)
                {
                    log.Information("Reimbursing {Nir}", {|PII0101:beneficiary.Nir|});
                    Log.Warning("Guarantee {Guarantee} exhausted for {Id}", {|PII0101:beneficiary.Contract.Guarantee|}, beneficiary.Id);
                    Log.Error("Born {Date} insurer {Insurer} status {Status}", {|PII0101:beneficiary.BirthDate|}, {|PII0101:beneficiary.Mutuelle|}, {|PII0101:beneficiary.MaritalStatus|});
                    log.ForContext("Nir", {|PII0101:beneficiary.Nir|}).Information("Processing");
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Does_not_flag_serilog_harmless_values()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using Serilog;
            using PiiAnalyzers.Annotations;

            public class ReimbursementJob
            {
                private readonly ILogger log = Log.ForContext<ReimbursementJob>();

                public void Run(Beneficiary beneficiary, int batchSize)
                {
                    log.Information("Reimbursing beneficiary {Id}", beneficiary.Id);
                    Log.Information("Batch of {Count} claims", batchSize);
                    Log.Warning("Insurer {Insurer}", Redact.Value(beneficiary.Mutuelle));
                    log.ForContext("BeneficiaryId", beneficiary.Id).Information("Processing");
                    Log.Information("{Beneficiary} processed", beneficiary);
                    Log.Information("Contract {Contract} processed", beneficiary.Contract.ContractNumber);
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Flags_nlog()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using NLog;

            public class TeletransmissionService
            {
                private static readonly Logger Log = LogManager.GetCurrentClassLogger();
                private readonly ILogger logger = LogManager.GetLogger("tp");

                public void Send(Beneficiary beneficiary)
                {
                    Log.Info("Sending invoice for {Nir}", {|PII0101:beneficiary.Nir|});
                    Log.Debug($"Beneficiary born {{|PII0101:beneficiary.BirthDate|}}");
                    logger.Warn("Insurer {Insurer} offline", {|PII0101:beneficiary.Mutuelle|});
                    Log.Error("Rejected {A} {B}", {|PII0101:beneficiary.Nir|}, beneficiary.Id);
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Flags_nlog_events_built_for_the_logger()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System.Globalization;
            using NLog;

            public class RejetsService
            {
                private static readonly Logger Log = LogManager.GetCurrentClassLogger();

                public void Rejeter(Beneficiary beneficiary)
                {
                    Log.Log(new LogEventInfo(LogLevel.Warn, Log.Name, CultureInfo.InvariantCulture, "Rejet {Nir}", new object?[] { {|PII0101:beneficiary.Nir|} }));
                    Log.Log(new LogEventInfo(LogLevel.Warn, Log.Name, $"Rejet {{|PII0101:beneficiary.BirthDate|}}"));
                    Log.Log(LogEventInfo.Create(LogLevel.Warn, Log.Name, CultureInfo.InvariantCulture, {|PII0101:beneficiary.Nir|}));
                    Log.Log(new LogEventInfo(LogLevel.Info, Log.Name, CultureInfo.InvariantCulture, "Rejet {Id}", new object?[] { beneficiary.Id }));
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Does_not_flag_nlog_harmless_values()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using NLog;

            public class TeletransmissionService
            {
                private static readonly Logger Log = LogManager.GetCurrentClassLogger();

                public void Send(Beneficiary beneficiary, string batchId)
                {
                    Log.Info("Sending invoice batch {BatchId}", batchId);
                    Log.Info("Sending invoice for beneficiary {Id}", beneficiary.Id);
                    Log.Debug("NIR present: {Present}", beneficiary.Nir != null);
                    Log.Trace("Done");
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Flags_log4net()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using log4net;

            public class LegacyClaimImporter
            {
                private static readonly ILog Log = LogManager.GetLogger(typeof(LegacyClaimImporter));

                public void Import(Beneficiary beneficiary)
                {
                    Log.Info({|PII0101:beneficiary.Nir|});
                    Log.Warn("Import failed for " + {|PII0101:beneficiary.Nir|});
                    Log.ErrorFormat("Beneficiary {0} born {1}", beneficiary.Id, {|PII0101:beneficiary.BirthDate|});
                    Log.DebugFormat("Insurer {0}", {|PII0101:beneficiary.Mutuelle|});
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Does_not_flag_log4net_harmless_values()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using log4net;
            using PiiAnalyzers.Annotations;

            public class LegacyClaimImporter
            {
                private static readonly ILog Log = LogManager.GetLogger(typeof(LegacyClaimImporter));

                public void Import(Beneficiary beneficiary, int lineNumber)
                {
                    Log.Info("Import started");
                    Log.InfoFormat("Line {0}", lineNumber);
                    Log.Warn("Import failed for " + Redact.Nir(beneficiary.Nir));
                    Log.ErrorFormat("Beneficiary {0}", beneficiary.Id);
                }
            }
            """ + SampleModel.Beneficiary);
}
