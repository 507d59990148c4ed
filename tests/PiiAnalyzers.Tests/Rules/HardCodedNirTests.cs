using System.Threading.Tasks;
using PiiAnalyzers.Rules;
using PiiAnalyzers.Tests.Infrastructure;
using Xunit;

namespace PiiAnalyzers.Tests.Rules;

public class HardCodedNirTests
{
    [Fact]
    public Task Flags_valid_nirs_in_strings_numbers_and_interpolations()
        => Verify<HardCodedNirAnalyzer>.Analyzer("""
            using System.Collections.Generic;

            public static class SeedData
            {
                public const string DemoNir = {|PII0002:"185057800608491"|};
                public static readonly string Spaced = {|PII0002:"1 85 05 78 006 084 91"|};
                public static readonly string Corsican = {|PII0002:"185052A00608435"|};
                public static readonly long Numeric = {|PII0002:185057800608491L|};
                public static readonly string Json = {|PII0002:"{\"nir\":\"269014958815716\",\"nom\":\"Martin\"}"|};

                public static string Describe(int id) => $"{|PII0002:Assuré 192079712304564 n°|}{id}";

                public static readonly Dictionary<string, string> Fixtures = new()
                {
                    [{|PII0002:"299122B04500395"|}] = "Leroy",
                };
            }
            """);

    [Fact]
    public Task Does_not_flag_invalid_keys_lengths_or_other_numbers()
        => Verify<HardCodedNirAnalyzer>.Analyzer("""
            public static class SeedData
            {
                public const string InvalidKey = "185057800608492";
                public const string TooShort = "18505780060849";
                public const string TooLong = "1850578006084911";
                public const string Iban = "FR7630006000011234567890189";
                public const string Phone = "+33 1 85 05 78 00";
                public const string Siret = "73282932000074";
                public const string Reference = "REF185057800608491";
                public const long Timestamp = 1700000000000L;
                public const long OrderId = 185057800608492L;
                public const string Pattern = @"^[1-478][0-9]{2}(0[1-9]|1[0-2])(2[AB]|[0-9]{2})[0-9]{6}[0-9]{2}$";
                public const string Placeholder = "1 XX XX XX XXX XXX XX";
                public const string Empty = "";
            }
            """);
}
