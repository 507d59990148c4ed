namespace PiiAnalyzers.Tests.Rules.Logging;

/// <summary>The health-payment types the logging tests share, appended to each test source.</summary>
internal static class SampleModel
{
    public const string Beneficiary = """

        public class Beneficiary
        {
            public int Id { get; set; }
            public string Nir { get; set; } = "";
            public System.DateTime BirthDate { get; set; }
            public string LastName { get; set; } = "";
            public string Mutuelle { get; set; } = "";
            public string MaritalStatus { get; set; } = "";
            public Contract Contract { get; set; } = new();
        }

        public class Contract
        {
            public string ContractNumber { get; set; } = "";
            public string Guarantee { get; set; } = "";
        }
        """;
}
