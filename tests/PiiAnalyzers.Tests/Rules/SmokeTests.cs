using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules;

public class SmokeTests
{
    [Fact]
    public Task Flags_unclassified_nir()
        => Verify<UnclassifiedPersonalDataAnalyzer>.Analyzer("""
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.Logging;
            using Serilog;
            using PiiAnalyzers.Annotations;

            public class Beneficiary
            {
                public string {|PII0001:Nir|} { get; set; } = "";
                [BirthDate] public System.DateTime BirthDate { get; set; }
            }
            """);
}
