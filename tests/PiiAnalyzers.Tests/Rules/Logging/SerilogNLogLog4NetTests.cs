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
    public Task Flags_nlog_exception_overloads_with_params_spans()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using NLog;

            public class ClaimSubmission
            {
                private static readonly Logger Log = LogManager.GetCurrentClassLogger();

                public void Failed(Exception error, Beneficiary beneficiary)
                {
                    Log.Error(error, "Claim rejected for {0}", {|PII0101:beneficiary.BirthDate|});
                    Log.Warn(error, "Claim {0} rejected for {1}", beneficiary.Id, {|PII0101:beneficiary.Nir|});
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Does_not_flag_nlog_exception_overloads_with_harmless_values()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using NLog;

            public class ClaimSubmission
            {
                private static readonly Logger Log = LogManager.GetCurrentClassLogger();

                public void Failed(Exception error, Beneficiary beneficiary)
                {
                    Log.Error(error, "Claim rejected for {0}", beneficiary.Id);
                    Log.Warn(error, "Claim {0} rejected at {1}", beneficiary.Id, DateTime.UtcNow);
                    Log.Warn(error, "Claim {0} rejected ({1} characters)", beneficiary.Id, beneficiary.Nir.Length);
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

    [Fact]
    public Task Flags_nlog_fluent_events()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using NLog;

            public class FacturationService
            {
                private static readonly Logger Log = LogManager.GetCurrentClassLogger();

                public void Rejeter(Beneficiary beneficiary, string motif)
                {
                    Log.ForWarnEvent()
                        .Message("Facture rejetée pour {Nir} : {Motif}", {|PII0101:beneficiary.Nir|}, motif)
                        .Property("DateNaissance", {|PII0101:beneficiary.BirthDate|})
                        .Log();
                    Log.ForErrorEvent().Message($"Mutuelle {{|PII0101:beneficiary.Mutuelle|}} hors ligne").Log();
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Does_not_flag_nlog_fluent_harmless_values()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using NLog;
            using PiiAnalyzers.Annotations;

            public class FacturationService
            {
                private static readonly Logger Log = LogManager.GetCurrentClassLogger();

                public void Rejeter(Beneficiary beneficiary, string motif, int lot)
                {
                    Log.ForWarnEvent()
                        .Message("Facture rejetée pour {Id} : {Motif}", beneficiary.Id, motif)
                        .Property("Lot", lot)
                        .Property("Nir", Redact.Nir(beneficiary.Nir))
                        .Log();
                    Log.ForInfoEvent().Message("Lot {Lot} terminé", lot).Property("Nir", "masqué").Log();
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Flags_log4net_context_properties_and_stacks()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using log4net;

            public class LegacyClaimImporter
            {
                private static readonly ILog Log = LogManager.GetLogger(typeof(LegacyClaimImporter));

                public void Import(Beneficiary beneficiary)
                {
                    ThreadContext.Properties["nir"] = {|PII0101:beneficiary.Nir|};
                    LogicalThreadContext.Properties["naissance"] = {|PII0101:beneficiary.BirthDate|};
                    GlobalContext.Properties["mutuelle"] = {|PII0101:beneficiary.Mutuelle|};
                    using (ThreadContext.Stacks["NDC"].Push({|PII0101:beneficiary.Nir|}))
                    {
                        Log.Info("Import started");
                    }
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Does_not_flag_log4net_context_harmless_values()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using log4net;

            public class LegacyClaimImporter
            {
                private static readonly ILog Log = LogManager.GetLogger(typeof(LegacyClaimImporter));

                public void Import(Beneficiary beneficiary, string fileName)
                {
                    ThreadContext.Properties["beneficiaryId"] = beneficiary.Id;
                    LogicalThreadContext.Properties["file"] = fileName;
                    GlobalContext.Properties["application"] = "tiers-payant";
                    var nir = ThreadContext.Properties["nir"];
                    using (ThreadContext.Stacks["NDC"].Push(fileName))
                    {
                        Log.Info("Import started");
                    }
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Flags_serilog_enrichers()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using Serilog.Core;
            using Serilog.Events;

            public sealed class BeneficiaryEnricher : ILogEventEnricher
            {
                private readonly Beneficiary current;

                public BeneficiaryEnricher(Beneficiary current) => this.current = current;

                public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
                {
                    logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("Nir", {|PII0101:current.Nir|}));
                    logEvent.AddOrUpdateProperty(new LogEventProperty("Mutuelle", new ScalarValue({|PII0101:current.Mutuelle|})));
                    logEvent.AddPropertyIfAbsent(propertyFactory, "Naissance", {|PII0101:current.BirthDate|}, false);
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Does_not_flag_serilog_enrichers_with_harmless_values()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using Serilog.Core;
            using Serilog.Events;
            using PiiAnalyzers.Annotations;

            public sealed class BeneficiaryEnricher : ILogEventEnricher
            {
                private readonly Beneficiary current;

                public BeneficiaryEnricher(Beneficiary current) => this.current = current;

                public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
                {
                    logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("BeneficiaryId", current.Id));
                    logEvent.AddOrUpdateProperty(new LogEventProperty("Application", new ScalarValue("tiers-payant")));
                    logEvent.AddPropertyIfAbsent(propertyFactory, "Nir", Redact.Nir(current.Nir), false);
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Flags_application_insights_traces()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using Microsoft.ApplicationInsights;

            public class DroitsService
            {
                private readonly TelemetryClient telemetry;

                public DroitsService(TelemetryClient telemetry) => this.telemetry = telemetry;

                public void Consulter(Beneficiary beneficiary)
                {
                    telemetry.TrackTrace($"Consultation des droits de {{|PII0101:beneficiary.Nir|}}");
                    telemetry.TrackTrace("Consultation", new Dictionary<string, string> { ["mutuelle"] = {|PII0101:beneficiary.Mutuelle|} });
                    telemetry.TrackTrace("Consultation de " + beneficiary.Id);
                }
            }
            """ + SampleModel.Beneficiary);
}
