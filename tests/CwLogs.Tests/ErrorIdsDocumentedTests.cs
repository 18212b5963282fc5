using System.Text.Json;
using System.Text.RegularExpressions;
using CwLogs.Client.Errors;
using CwLogs.Infrastructure.Errors;
using Xunit;

namespace CwLogs.Tests;

/// <summary>
/// Every ErrorId CwLogs can write is in the ERRORS table of about_CwLogs, and every id in the table can be
/// written: the ids the source gives ErrorRecords and ThrowInvalidArgument (literals and ...Id constants),
/// and the service errors passed through as ids (the service model's error shapes of the operations the
/// client calls, the codes the client knows, the refused-credential codes), without "Exception".
/// </summary>
public sealed class ErrorIdsDocumentedTests
{
    // A site whose id is composed: the statuses other than Complete that end a query (QueryWaitingCmdlet.HasEnded).
    private static readonly Dictionary<string, string[]> ComposedIds = new()
    {
        ["\"Query\" + response.Status"] = new[] { "QueryFailed", "QueryCancelled", "QueryTimeout" },
    };

    // Parameters through which a site forwards an id its caller chose (the caller's literal is collected).
    private static readonly HashSet<string> ForwardedIds = new() { "errorId", "record.FullyQualifiedErrorId", "cause.FullyQualifiedErrorId" };

    // ServiceErrorRecords' fallback for an error without a code, and ErrorBody's for a body that is not an error.
    private static readonly string[] FallbackIds = { "ServiceError", "UnknownError" };

    private static readonly string Root = FindRoot();

    [Fact]
    public void EveryErrorIdTheCodeWritesIsDocumented()
    {
        var documented = DocumentedIds();

        var missing = CodeIds().Keys.Where(id => !documented.Contains(id)).OrderBy(id => id).ToList();

        Assert.True(missing.Count == 0, "Not in about_CwLogs' ERRORS table: " + string.Join(", ", missing.Select(id => $"{id} ({CodeIds()[id]})")));
    }

    [Fact]
    public void EveryDocumentedErrorIdCanBeWritten()
    {
        var written = CodeIds();

        var extra = DocumentedIds().Where(id => !written.ContainsKey(id)).OrderBy(id => id).ToList();

        Assert.True(extra.Count == 0, "In about_CwLogs' ERRORS table but never written: " + string.Join(", ", extra));
    }

    [Fact]
    public void EveryErrorRecordSiteHasAnIdTheScanCanRead()
    {
        var unreadable = Sites().Where(site => site.Ids.Count == 0).Select(site => $"{site.File}: {site.Argument}").ToList();

        Assert.True(unreadable.Count == 0, "ErrorIds the scan cannot read (use a literal or a ...Id constant): " + string.Join("; ", unreadable));
    }

    [Fact]
    public void TheScanFindsTheKnownIds()
    {
        var ids = CodeIds();

        foreach (var id in new[] { "OperationTimeout", "ResponseUnreadable", "InvalidAwsContext", "EndBeforeStart", "QueryFailed", "ResourceNotFound", "Throttling", "ExpiredToken" })
            Assert.True(ids.ContainsKey(id), id);
        Assert.DoesNotContain("errorId", ids.Keys);
    }

    private static HashSet<string> DocumentedIds()
    {
        var about = File.ReadAllText(Path.Combine(Root, "docs", "en-US", "about_CwLogs.md")).Replace("\r\n", "\n");
        var section = Regex.Match(about, @"\n## ERRORS\n(.*?)\n## ", RegexOptions.Singleline).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(section), "about_CwLogs has no ERRORS section");
        return section.Split('\n')
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal) && !line.StartsWith("| ---", StringComparison.Ordinal) && !line.StartsWith("| ErrorId", StringComparison.Ordinal))
            .SelectMany(line => line.Split('|')[1].Split(','))
            .Select(id => id.Trim())
            .ToHashSet();
    }

    /// <summary>Each id the module can write, with where it comes from.</summary>
    private static Dictionary<string, string> CodeIds()
    {
        var ids = new Dictionary<string, string>();
        foreach (var site in Sites())
            foreach (var id in site.Ids)
                ids.TryAdd(id, site.File);
        foreach (var code in ServiceCodes())
            ids.TryAdd(StripException(code), "service error");
        foreach (var id in FallbackIds) ids.TryAdd(id, "fallback");
        return ids;
    }

    /// <summary>The service errors: the model's for the operations the client calls, the client's typed ones, the refused credentials.</summary>
    private static IEnumerable<string> ServiceCodes()
    {
        using var model = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "model", "logs-2014-03-28.json")));
        using var client = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "src", "CwLogs.Generator", "client.json")));
        var operations = model.RootElement.GetProperty("operations");
        foreach (var name in client.RootElement.GetProperty("operations").EnumerateArray().Select(o => o.GetString()!))
        {
            if (!operations.GetProperty(name).TryGetProperty("errors", out var errors)) continue;
            foreach (var error in errors.EnumerateArray()) yield return error.GetProperty("shape").GetString()!;
        }
        foreach (var code in ServiceErrors.KnownCodes) yield return code;
        foreach (var code in CallErrorRecords.RefusedCredentialCodes) yield return code;
    }

    private static string StripException(string code)
        => code.EndsWith("Exception", StringComparison.Ordinal) ? code[..^"Exception".Length] : code;

    private sealed record Site(string File, string Argument, List<string> Ids);

    /// <summary>Every new ErrorRecord(...) and ThrowInvalidArgument(...) in the module's source, with the ids it can write.</summary>
    private static List<Site> Sites()
    {
        var source = Path.Combine(Root, "src", "CwLogs");
        var files = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar));
        var texts = files.ToDictionary(f => Path.GetRelativePath(Root, f), File.ReadAllText);
        var constants = texts.Values
            .SelectMany(text => Regex.Matches(text, @"const string (\w+Id) = ""(\w+)"";").Cast<Match>())
            .GroupBy(m => m.Groups[1].Value)
            .ToDictionary(g => g.Key, g => g.First().Groups[2].Value);
        var sites = new List<Site>();
        foreach (var (file, text) in texts)
        {
            foreach (Match call in Regex.Matches(text, @"new ErrorRecord\(|(?<!void )ThrowInvalidArgument\("))
            {
                var arguments = Arguments(text, call.Index + call.Length);
                // new ErrorRecord(exception, id, category, target); ThrowInvalidArgument(message, id, target).
                var argument = call.Value.StartsWith("new", StringComparison.Ordinal) ? arguments.ElementAtOrDefault(1) : arguments.ElementAtOrDefault(arguments.Count - 2);
                if (argument is null) continue;
                // new ErrorRecord(record, exception) copies a record: its id was collected where it was made.
                if (call.Value.StartsWith("new", StringComparison.Ordinal) && arguments.Count == 2) continue;
                if (ForwardedIds.Contains(argument)) continue;
                sites.Add(new Site(file, argument, IdsOf(argument, constants)));
            }
        }
        return sites;
    }

    private static List<string> IdsOf(string argument, Dictionary<string, string> constants)
    {
        if (Regex.Match(argument, @"^""([A-Z]\w+)""$") is { Success: true } literal) return new() { literal.Groups[1].Value };
        if (ComposedIds.TryGetValue(argument, out var composed)) return composed.ToList();
        var name = argument.Split('.').Last();
        return constants.TryGetValue(name, out var value) ? new() { value } : new();
    }

    /// <summary>The top-level arguments of a call whose '(' ends at <paramref name="start"/>, as text.</summary>
    private static List<string> Arguments(string text, int start)
    {
        var arguments = new List<string>();
        var depth = 0;
        var inString = false;
        var current = new System.Text.StringBuilder();
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                current.Append(c);
                if (c == '\\') { current.Append(text[++i]); continue; }
                if (c == '"') inString = false;
                continue;
            }
            switch (c)
            {
                case '"': inString = true; current.Append(c); break;
                case '(' or '[' or '{': depth++; current.Append(c); break;
                case ')' or ']' or '}' when depth > 0: depth--; current.Append(c); break;
                case ')':
                    arguments.Add(current.ToString().Trim());
                    return arguments;
                case ',' when depth == 0:
                    arguments.Add(current.ToString().Trim());
                    current.Clear();
                    break;
                default: current.Append(c); break;
            }
        }
        return arguments;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "Module.sln")))
            directory = directory.Parent ?? throw new System.InvalidOperationException("Module.sln not found above the test output.");
        return directory.FullName;
    }
}
