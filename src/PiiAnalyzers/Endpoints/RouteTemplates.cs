using System;
using System.Collections.Generic;
using System.Text;

namespace PiiAnalyzers.Endpoints;

/// <summary>Route template arithmetic, as ASP.NET Core combines controller, action and group templates.</summary>
internal static class RouteTemplates
{
    /// <summary>
    /// Combines a prefix with a template. In MVC a template starting with <c>/</c> or <c>~/</c> overrides the
    /// controller's prefix; under a minimal-API group (<paramref name="slashOverrides"/> false) it does not.
    /// </summary>
    public static string Combine(string? prefix, string? template, bool slashOverrides = true)
    {
        template ??= string.Empty;
        if (template.StartsWith("~/", StringComparison.Ordinal))
        {
            return Normalize(template.Substring(2));
        }

        if (template.StartsWith("/", StringComparison.Ordinal) && slashOverrides)
        {
            return Normalize(template);
        }

        if (string.IsNullOrEmpty(prefix))
        {
            return Normalize(template);
        }

        if (template.Length == 0)
        {
            return Normalize(prefix!);
        }

        return Normalize(prefix!.TrimEnd('/') + "/" + template.TrimStart('/'));
    }

    /// <summary>Replaces the <c>[controller]</c>, <c>[action]</c> and <c>[area]</c> tokens.</summary>
    public static string ReplaceTokens(string template, string? controller, string? action, string? area)
    {
        if (template.IndexOf('[') < 0)
        {
            return template;
        }

        return template
            .Replace("[controller]", controller ?? string.Empty)
            .Replace("[action]", action ?? string.Empty)
            .Replace("[area]", area ?? string.Empty);
    }

    /// <summary>The parameter names of a template: <c>{nir}</c>, <c>{id:int}</c>, <c>{page?}</c>, <c>{*path}</c>.</summary>
    public static HashSet<string> ParameterNames(IEnumerable<string> templates)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var template in templates)
        {
            var i = 0;
            while (i < template.Length)
            {
                var open = template.IndexOf('{', i);
                if (open < 0)
                {
                    break;
                }

                var close = template.IndexOf('}', open + 1);
                if (close < 0)
                {
                    break;
                }

                var inner = template.Substring(open + 1, close - open - 1).TrimStart('*');
                var end = inner.IndexOfAny(new[] { ':', '=', '?' });
                var name = (end >= 0 ? inner.Substring(0, end) : inner).Trim();
                if (name.Length > 0)
                {
                    names.Add(name);
                }

                i = close + 1;
            }
        }

        return names;
    }

    private static string Normalize(string template)
    {
        var builder = new StringBuilder(template.Length + 1);
        builder.Append('/');
        builder.Append(template.Trim().Trim('/'));
        return builder.ToString();
    }
}
