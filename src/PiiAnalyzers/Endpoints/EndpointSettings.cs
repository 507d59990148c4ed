using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Classification;
using PiiAnalyzers.Options;

namespace PiiAnalyzers.Endpoints;

/// <summary>
/// The endpoint options of one configuration (practitioner segments and roles, caller-context types, row limit),
/// parsed once per options object and shared. Configured values extend the defaults, never replace them.
/// </summary>
internal sealed class EndpointSettings
{
    private static readonly string[] DefaultSegments =
    {
        "practitioner", "practitioners", "professionnel", "professionnels", "praticien", "praticiens", "ps",
        "provider", "providers", "portail-ps",
    };

    private static readonly string[] DefaultRoles =
    {
        "Practitioner", "HealthProfessional", "ProfessionnelDeSante", "Praticien", "PS", "Provider",
    };

    private static readonly string[] DefaultCallerContextTypes =
    {
        "ICurrentUser", "ICurrentPractitioner", "IUserContext", "IPractitionerContext",
    };

    private static readonly ConditionalWeakTable<AnalyzerConfigOptions, EndpointSettings> ByOptions = new();

    public static readonly EndpointSettings Default = new(
        DefaultSegments, DefaultRoles, DefaultCallerContextTypes, maxRows: 100);

    private EndpointSettings(IEnumerable<string> segments, IEnumerable<string> roles, IEnumerable<string> callerContextTypes, int maxRows)
    {
        Segments = segments.Select(s => s.Trim().ToLowerInvariant()).Where(s => s.Length > 0).ToImmutableHashSet(StringComparer.Ordinal);
        SegmentWords = Segments.Select(s => IdentifierWords.Split(s)).Where(w => w.Length > 0).ToImmutableArray();
        RoleWords = roles.Select(r => IdentifierWords.Split(r)).Where(w => w.Length > 0).ToImmutableArray();
        CallerContextTypes = callerContextTypes.SelectMany(Variants).ToImmutableHashSet(StringComparer.Ordinal);
        MaxRows = maxRows;
    }

    /// <summary>Route segments, lower-case.</summary>
    public ImmutableHashSet<string> Segments { get; }

    /// <summary>The words of each segment, to match controller and namespace names.</summary>
    public ImmutableArray<ImmutableArray<string>> SegmentWords { get; }

    /// <summary>The words of each practitioner role or policy name.</summary>
    public ImmutableArray<ImmutableArray<string>> RoleWords { get; }

    /// <summary>Type names, with and without the interface <c>I</c> prefix.</summary>
    public ImmutableHashSet<string> CallerContextTypes { get; }

    /// <summary>Answers per type name: every identity check asks about the type of each value it meets.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> callerContextNames = new(StringComparer.Ordinal);

    public int MaxRows { get; }

    public static EndpointSettings From(AnalyzerConfigOptions options)
        => ByOptions.GetValue(options, static o => Parse(o));

    private static EndpointSettings Parse(AnalyzerConfigOptions options)
    {
        var segments = List(options, PiiOptions.PractitionerRouteSegments);
        var roles = List(options, PiiOptions.PractitionerRoles);
        var callers = List(options, PiiOptions.CallerContextTypes);
        var maxRows = Default.MaxRows;
        if (options.TryGetValue(PiiOptions.MaxRows.Key, out var text)
            && int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed > 0)
        {
            maxRows = parsed;
        }

        if (segments.Count == 0 && roles.Count == 0 && callers.Count == 0 && maxRows == Default.MaxRows)
        {
            return Default;
        }

        return new EndpointSettings(
            DefaultSegments.Concat(segments), DefaultRoles.Concat(roles), DefaultCallerContextTypes.Concat(callers), maxRows);
    }

    private static List<string> List(AnalyzerConfigOptions options, PiiOption option)
        => options.TryGetValue(option.Key, out var value)
            ? value.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries).Select(v => v.Trim()).Where(v => v.Length > 0).ToList()
            : new List<string>();

    private static IEnumerable<string> Variants(string typeName)
    {
        var name = typeName.Trim();
        var dot = name.LastIndexOf('.');
        if (dot >= 0)
        {
            name = name.Substring(dot + 1);
        }

        if (name.Length == 0)
        {
            yield break;
        }

        yield return name;
        if (name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]))
        {
            yield return name.Substring(1);
        }
    }

    /// <summary>A route template names a practitioner segment (<c>api/ps/beneficiaires/{nir}</c>).</summary>
    public bool RouteIsPractitionerFacing(string? route)
    {
        if (string.IsNullOrEmpty(route))
        {
            return false;
        }

        foreach (var raw in route!.Split('/'))
        {
            var segment = raw.Trim().TrimStart('~').ToLowerInvariant();
            if (segment.Length == 0 || segment[0] == '{')
            {
                continue;
            }

            if (Segments.Contains(segment))
            {
                return true;
            }

            // "portail-ps" is a segment of its own; "practitioner-portal" contains the word "practitioner".
            var words = IdentifierWords.Split(segment);
            if (ContainsAny(words, SegmentWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A role or policy name (or a list of them) names a practitioner role, as whole words.</summary>
    public bool RoleIsPractitioner(string? roles)
    {
        if (string.IsNullOrEmpty(roles))
        {
            return false;
        }

        foreach (var role in roles!.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (ContainsAny(IdentifierWords.Split(role), RoleWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A controller, page or namespace name names practitioners (<c>PractitionerBeneficiariesController</c>).</summary>
    public bool NameIsPractitionerFacing(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        var words = IdentifierWords.Split(name!);
        return ContainsAny(words, SegmentWords) || ContainsAny(words, RoleWords);
    }

    /// <summary>
    /// A caller-context type: a configured name, or a name that extends one (<c>ICurrentUserService</c>,
    /// <c>UserContextAccessor</c>, <c>IPractitionerContextProvider</c>).
    /// </summary>
    public bool IsCallerContextTypeName(string name) => callerContextNames.GetOrAdd(name, ComputeIsCallerContextTypeName);

    private bool ComputeIsCallerContextTypeName(string name)
    {
        if (CallerContextTypes.Contains(name))
        {
            return true;
        }

        var bare = name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]) ? name.Substring(1) : name;
        foreach (var configured in CallerContextTypes)
        {
            if (configured.Length > 0 && !(configured.Length > 1 && configured[0] == 'I' && char.IsUpper(configured[1]))
                && bare.StartsWith(configured, StringComparison.Ordinal)
                && (bare.Length == configured.Length || char.IsUpper(bare[configured.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(ImmutableArray<string> words, ImmutableArray<ImmutableArray<string>> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (ContainsRun(words, candidate))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsRun(ImmutableArray<string> words, ImmutableArray<string> run)
    {
        for (var start = 0; start + run.Length <= words.Length; start++)
        {
            var match = true;
            for (var i = 0; i < run.Length && match; i++)
            {
                // A plural reads as the singular: "HealthProfessionals", "Praticiens".
                match = string.Equals(words[start + i], run[i], StringComparison.Ordinal)
                    || (words[start + i].Length == run[i].Length + 1 && words[start + i].EndsWith("s", StringComparison.Ordinal)
                        && words[start + i].StartsWith(run[i], StringComparison.Ordinal));
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }
}
