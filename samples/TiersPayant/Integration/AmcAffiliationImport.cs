using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using PiiAnalyzers.Annotations;
using TiersPayant.Domain;

namespace TiersPayant.Integration;

/// <summary>Turns a mutuelle's nightly affiliation file into beneficiaries (a console job run by the scheduler).</summary>
public static class AmcAffiliationImport
{
    public static List<Beneficiary> ToBeneficiaries(IReadOnlyList<AmcAffiliationLine> lines, DateOnly today)
    {
        var beneficiaries = new List<Beneficiary>();
        var seen = new HashSet<long>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.NumeroSecuriteSociale == 0)
            {
                // PII0104 clean: the message says which line is wrong, not whose.
                throw new InvalidDataException($"Line {i + 1}: the NIR is missing");
            }

            if (line.DateNaissance > today)
            {
                // PII0104: the birth date goes into the exception message, and from there to every log and error report.
                throw new InvalidDataException($"Line {i + 1}: birth date {line.DateNaissance} is in the future");
            }

            if (!seen.Add(line.NumeroSecuriteSociale))
            {
                // PII0102: the NIR is printed in clear to the console, which the scheduler keeps as the job's log.
                Console.Error.WriteLine($"Line {i + 1}: duplicate affiliation for NIR {line.NumeroSecuriteSociale}, ignored");
                continue;
            }

            // PII0102 clean: the NIR goes through Redact.Nir.
            Debug.WriteLine($"Line {i + 1}: importing NIR {Redact.Nir(line.NumeroSecuriteSociale)}");
            beneficiaries.Add(line.ToBeneficiary());
        }

        return beneficiaries;
    }
}
