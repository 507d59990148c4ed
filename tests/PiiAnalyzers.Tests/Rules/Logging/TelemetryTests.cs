using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Logging;

/// <summary>PII0105: Activity tags, baggage and events; metric tags.</summary>
public class TelemetryTests
{
    [Fact]
    public Task Flags_activity_tags_baggage_and_events()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Diagnostics;

            public class ClaimTracing
            {
                private static readonly ActivitySource Source = new("TiersPayant.Claims");

                public void Trace(Beneficiary beneficiary)
                {
                    using var activity = Source.StartActivity("submit-claim");
                    activity?.SetTag("beneficiary.nir", {|PII0105:beneficiary.Nir|});
                    activity?.AddTag("beneficiary.insurer", {|PII0105:beneficiary.Mutuelle|});
                    activity?.SetBaggage("nir", {|PII0105:beneficiary.Nir|});
                    activity?.AddEvent(new ActivityEvent("rights-checked", tags: new ActivityTagsCollection
                    {
                        { "birthDate", {|PII0105:beneficiary.BirthDate|} },
                        { "beneficiaryId", beneficiary.Id },
                    }));
                    var tags = new ActivityTagsCollection();
                    tags["status"] = {|PII0105:beneficiary.MaritalStatus|};
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Flags_metric_tags()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Diagnostics.Metrics;

            public class ClaimMetrics
            {
                private static readonly Meter Meter = new("TiersPayant");
                private readonly Counter<long> claims = Meter.CreateCounter<long>("claims");
                private readonly Histogram<double> amounts = Meter.CreateHistogram<double>("amounts");

                public void Record(Beneficiary beneficiary, double amount)
                {
                    claims.Add(1, new KeyValuePair<string, object?>("insurer", {|PII0105:beneficiary.Mutuelle|}));
                    amounts.Record(amount, new KeyValuePair<string, object?>("nir", {|PII0105:beneficiary.Nir|}), new KeyValuePair<string, object?>("kind", "optical"));
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Does_not_flag_harmless_telemetry()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Diagnostics;
            using System.Diagnostics.Metrics;
            using PiiAnalyzers.Annotations;

            public class ClaimTracing
            {
                private static readonly ActivitySource Source = new("TiersPayant.Claims");
                private static readonly Meter Meter = new("TiersPayant");
                private readonly Counter<long> claims = Meter.CreateCounter<long>("claims");

                public void Trace(Beneficiary beneficiary, double amount)
                {
                    using var activity = Source.StartActivity("submit-claim");
                    activity?.SetTag("beneficiary.id", beneficiary.Id);
                    activity?.SetTag("beneficiary.nir", Redact.Nir(beneficiary.Nir));
                    activity?.SetTag("beneficiary.age.known", beneficiary.BirthDate != default);
                    activity?.AddEvent(new ActivityEvent("rights-checked"));
                    claims.Add(1, new KeyValuePair<string, object?>("channel", "portal"));
                    claims.Add(beneficiary.Nir.Length);
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Does_not_flag_metric_amounts_tag_keys_and_technical_ids()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System.Diagnostics;
            using System.Diagnostics.Metrics;

            public class ReimbursementMetrics
            {
                private static readonly Meter Meter = new("TiersPayant.Reimbursements");
                private readonly Histogram<double> delays = Meter.CreateHistogram<double>("reimbursement.delay");

                public void Record(Beneficiary beneficiary, double delayDays, string insurerCode)
                {
                    var tags = new TagList { { "channel", "portal" }, { "beneficiary.known", beneficiary.Nir.Length == 15 } };
                    delays.Record(delayDays, tags);
                    Activity.Current?.SetTag("beneficiary.id", beneficiary.Id.ToString());
                    Activity.Current?.AddEvent(new ActivityEvent("reimbursed"));
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Flags_tag_lists_and_started_activities()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Diagnostics;
            using System.Diagnostics.Metrics;

            public class ReimbursementMetrics
            {
                private static readonly Meter Meter = new("TiersPayant.Reimbursements");
                private static readonly ActivitySource Source = new("TiersPayant");
                private readonly Counter<int> rejected = Meter.CreateCounter<int>("rejected");

                public void Record(Beneficiary beneficiary)
                {
                    var tags = new TagList();
                    tags.Add("insurer", {|PII0105:beneficiary.Mutuelle|});
                    rejected.Add(1, tags);
                    using var activity = Source.StartActivity(ActivityKind.Internal, tags: new[] { new KeyValuePair<string, object?>("nir", {|PII0105:beneficiary.Nir|}) });
                    using var created = Source.StartActivity(ActivityKind.Internal, tags: new[] { KeyValuePair.Create<string, object?>("naissance", {|PII0105:beneficiary.BirthDate|}) });
                    rejected.Add(1, KeyValuePair.Create<string, object?>("mutuelle", {|PII0105:beneficiary.Mutuelle|}));
                    rejected.Add(1, KeyValuePair.Create<string, object?>("beneficiaryId", beneficiary.Id));
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Flags_application_insights_custom_properties()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using System.Collections.Generic;
            using Microsoft.ApplicationInsights;

            public class PaiementService
            {
                private readonly TelemetryClient telemetry;

                public PaiementService(TelemetryClient telemetry) => this.telemetry = telemetry;

                public void Payer(Beneficiary beneficiary, decimal montant)
                {
                    var proprietes = new Dictionary<string, string> { ["nir"] = beneficiary.Nir, ["lot"] = "42" };
                    telemetry.TrackEvent("PaiementEmis", {|PII0105:proprietes|});
                    telemetry.TrackMetric("Montant", (double)montant, new Dictionary<string, string> { ["naissance"] = {|PII0105:beneficiary.BirthDate.ToString("O")|} });
                }

                public void Echec(Beneficiary beneficiary, Exception ex)
                    => telemetry.TrackException(ex, new Dictionary<string, string> { ["mutuelle"] = {|PII0105:beneficiary.Mutuelle|} });
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Does_not_flag_application_insights_harmless_properties()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System;
            using System.Collections.Generic;
            using Microsoft.ApplicationInsights;
            using PiiAnalyzers.Annotations;

            public class PaiementService
            {
                private readonly TelemetryClient telemetry;

                public PaiementService(TelemetryClient telemetry) => this.telemetry = telemetry;

                public void Payer(Beneficiary beneficiary, decimal montant, string lot)
                {
                    telemetry.TrackEvent("PaiementEmis", new Dictionary<string, string> { ["beneficiaire"] = beneficiary.Id.ToString(), ["lot"] = lot });
                    telemetry.TrackMetric("Montant", (double)montant);
                    telemetry.TrackEvent("PaiementEmis", new Dictionary<string, string> { ["nir"] = Redact.Nir(beneficiary.Nir) });
                    telemetry.TrackTrace("Paiement émis");
                }

                public void Echec(Exception ex, string lot)
                    => telemetry.TrackException(ex, new Dictionary<string, string> { ["lot"] = lot });
            }
            """ + SampleModel.Beneficiary);
}
