using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Logging;

/// <summary>Less common entry points: scopes, log contexts, interpolated string handlers, options.</summary>
public class SinkCoverageTests
{
    [Fact]
    public Task Flags_scopes_log_contexts_and_interpolated_string_handlers()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Diagnostics;
            using System.Text;
            using Microsoft.Extensions.Logging;
            using Serilog.Context;

            public class PractitionerPortalService
            {
                private readonly ILogger logger;
                public PractitionerPortalService(ILogger logger) => this.logger = logger;

                public void Open(Beneficiary beneficiary)
                {
                    using var scope = logger.BeginScope(new Dictionary<string, object> { ["Nir"] = {|PII0101:beneficiary.Nir|}, ["Id"] = beneficiary.Id });
                    using var property = LogContext.PushProperty("BirthDate", {|PII0101:beneficiary.BirthDate|});
                    Debug.WriteLineIf(beneficiary.Id > 0, $"Opening {{|PII0102:beneficiary.Nir|}}");
                    Debug.Assert(beneficiary.Id > 0, $"No id for {{|PII0102:beneficiary.Nir|}}");

                    var builder = new StringBuilder();
                    builder.Append($"Insurer {beneficiary.Mutuelle}");
                    logger.LogInformation({|PII0101:builder.ToString()|});
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Does_not_flag_scopes_and_contexts_without_personal_data()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using System.Collections.Generic;
            using System.Diagnostics;
            using System.Text;
            using Microsoft.Extensions.Logging;
            using Serilog.Context;

            public class PractitionerPortalService
            {
                private readonly ILogger logger;
                public PractitionerPortalService(ILogger logger) => this.logger = logger;

                public void Open(Beneficiary beneficiary, string correlationId)
                {
                    using var scope = logger.BeginScope(new Dictionary<string, object> { ["BeneficiaryId"] = beneficiary.Id });
                    using var property = LogContext.PushProperty("CorrelationId", correlationId);
                    Debug.WriteLineIf(beneficiary.Id > 0, $"Opening {beneficiary.Id}");

                    var builder = new StringBuilder();
                    builder.Append($"Beneficiary {beneficiary.Id}");
                    logger.LogInformation(builder.ToString());
                }
            }
            """ + SampleModel.Beneficiary);

    [Fact]
    public Task Honours_configured_names_and_ignored_members()
        => Verify<PersonalDataOutputAnalyzer>.Analyzer("""
            using Microsoft.Extensions.Logging;

            public class Dossier
            {
                public string CodeAdherent { get; set; } = "";
                public string Nir { get; set; } = "";
            }

            public class DossierService
            {
                public void Open(ILogger logger, Dossier dossier)
                {
                    logger.LogInformation("Dossier {Code}", {|PII0101:dossier.CodeAdherent|});
                    logger.LogInformation("Dossier {Nir}", dossier.Nir);
                }
            }
            """, "pii_analyzers.extra_names.personal_data = CodeAdherent\npii_analyzers.ignored_members = Dossier.Nir\n");
}
