using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules.Endpoints;

/// <summary>
/// Scoping and bounds decided inside the repositories and services an endpoint calls. The analyzers read a callee's
/// identifiers before binding its body a second time; these cases pin down that the shortcut never changes an answer:
/// identity reaching a repository through names that say nothing about identity, bounds one or two calls away, and
/// look-alikes that must still be reported.
/// </summary>
public class CalleeBodyTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Security.Claims;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Http;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.EntityFrameworkCore;
        using TiersPayant.Domain;

        """;

    private const string PatientsController = """
        [ApiController]
        [Authorize(Roles = "Praticien")]
        [Route("api/praticiens/patients")]
        public class PatientsController : ControllerBase
        {
            private readonly PatientStore store;
            public PatientsController(PatientStore store) => this.store = store;

            [HttpGet]
            public List<Beneficiary> {|#0:Mine|}() => store.Mine();
        }

        """;

    private static Task VerifyScoping(string source)
        => Verify<PractitionerEndpointAnalyzer>.Analyzer(Usings + source + PortalModel.Source);

    private static Task VerifyBounds(string source)
        => Verify<UnboundedEndpointAnalyzer>.Analyzer(Usings + source + PortalModel.Source);

    [Fact]
    public Task Caller_context_injected_through_a_primary_constructor_scopes_the_store()
        => VerifyScoping(PatientsController.Replace("{|#0:Mine|}", "Mine", System.StringComparison.Ordinal) + """
            public class PatientStore(PortalDb db, ICurrentPractitioner me)
            {
                public List<Beneficiary> Mine() => db.Beneficiaries.Where(b => b.PractitionerId == me.PractitionerId).Take(50).ToList();
            }
            """);

    [Fact]
    public Task Identity_read_by_an_in_source_session_property_scopes_the_store()
        => VerifyScoping(PatientsController.Replace("{|#0:Mine|}", "Mine", System.StringComparison.Ordinal) + """
            public class PractitionerSession
            {
                private readonly IHttpContextAccessor accessor;
                public PractitionerSession(IHttpContextAccessor accessor) => this.accessor = accessor;

                public string Rpps => accessor.HttpContext!.User.FindFirstValue("rpps")!;
            }

            public class PatientStore
            {
                private readonly PortalDb db;
                private readonly PractitionerSession session;
                public PatientStore(PortalDb db, PractitionerSession session) { this.db = db; this.session = session; }

                public List<Beneficiary> Mine() => db.Beneficiaries.Where(b => b.PractitionerId == session.Rpps).Take(50).ToList();
            }
            """);

    [Fact]
    public Task Scoping_two_calls_away_is_found()
        => VerifyScoping(PatientsController.Replace("{|#0:Mine|}", "Mine", System.StringComparison.Ordinal) + """
            public class PatientStore
            {
                private readonly PatientQueries queries;
                public PatientStore(PatientQueries queries) => this.queries = queries;

                public List<Beneficiary> Mine() => queries.ForCaller();
            }

            public class PatientQueries(PortalDb db, ICurrentPractitioner current)
            {
                public List<Beneficiary> ForCaller() => db.Beneficiaries.Where(b => b.PractitionerId == current.PractitionerId).Take(50).ToList();
            }
            """);

    [Fact]
    public Task Store_that_never_sees_the_caller_is_reported()
        => VerifyScoping(PatientsController.Replace("{|#0:Mine|}", "{|PII0301:Mine|}", System.StringComparison.Ordinal) + """
            public class PatientStore
            {
                private readonly PortalDb db;
                private readonly Microsoft.Extensions.Logging.ILogger<PatientStore> logger;
                public PatientStore(PortalDb db, Microsoft.Extensions.Logging.ILogger<PatientStore> logger) { this.db = db; this.logger = logger; }

                // "Mine" in its own name, a "user" parameter that is only a display label: neither reads the caller.
                public List<Beneficiary> Mine(string user = "portail") => db.Beneficiaries.OrderBy(b => b.Id).Take(50).ToList();
            }
            """);

    [Fact]
    public Task Store_holding_a_caller_context_it_does_not_use_for_the_lookup_is_reported()
        => VerifyScoping(PatientsController.Replace("{|#0:Mine|}", "{|PII0301:Mine|}", System.StringComparison.Ordinal) + """
            public class PatientStore(PortalDb db, ICurrentPractitioner me)
            {
                public List<Beneficiary> Mine() => db.Beneficiaries.OrderBy(b => b.Id).Take(50).ToList();

                public string Who() => me.PractitionerId;
            }
            """);

    [Fact]
    public Task Bound_in_the_repository_is_a_bound()
        => VerifyBounds(PatientsController.Replace("{|#0:Mine|}", "Mine", System.StringComparison.Ordinal) + """
            public class PatientStore(PortalDb db)
            {
                public List<Beneficiary> Mine() => db.Beneficiaries.OrderByDescending(b => b.Id).Take(50).ToList();
            }
            """);

    [Fact]
    public Task Take_above_max_rows_in_the_repository_is_not_a_bound()
        => VerifyBounds(PatientsController.Replace("{|#0:Mine|}", "{|PII0203:Mine|}", System.StringComparison.Ordinal) + """
            public class PatientStore(PortalDb db)
            {
                public List<Beneficiary> Mine() => db.Beneficiaries.OrderByDescending(b => b.Id).Take(5000).ToList();
            }
            """);

    [Fact]
    public Task Take_of_a_configured_size_in_the_repository_is_a_bound()
        => VerifyBounds(PatientsController.Replace("{|#0:Mine|}", "Mine", System.StringComparison.Ordinal) + """
            public class PatientStore(PortalDb db)
            {
                private readonly int pageSize = 40;

                public List<Beneficiary> Mine() => db.Beneficiaries.OrderBy(b => b.Id).Take(pageSize).ToList();
            }
            """);

    [Fact]
    public Task Bound_two_calls_away_is_found()
        => VerifyBounds(PatientsController.Replace("{|#0:Mine|}", "Mine", System.StringComparison.Ordinal) + """
            public class PatientStore(PatientQueries queries)
            {
                public List<Beneficiary> Mine() => queries.Latest();
            }

            public class PatientQueries(PortalDb db)
            {
                public List<Beneficiary> Latest() => db.Beneficiaries.OrderByDescending(b => b.Id).Take(20).ToList();
            }
            """);

    [Fact]
    public Task Take_only_inside_a_lambda_of_the_repository_is_not_a_bound()
        => VerifyBounds(PatientsController.Replace("{|#0:Mine|}", "{|PII0203:Mine|}", System.StringComparison.Ordinal) + """
            public class PatientStore(PortalDb db)
            {
                public List<Beneficiary> Mine()
                {
                    Func<IQueryable<Beneficiary>, List<Beneficiary>> preview = q => q.Take(5).ToList();
                    _ = preview;
                    return db.Beneficiaries.ToList();
                }
            }
            """);
}
