using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CwLogs.Client.Operations;
using CwLogs.Generator;
using CwLogs.Infrastructure.Batching;
using CwLogs.Infrastructure.Validation;
using Xunit;

namespace CwLogs.Generator.Tests;

/// <summary>
/// model/service-facts.json is the one place for what the service enforces beyond the model: the module and the
/// emulator both read it through the generated ServiceFacts.g.cs, and neither restates a fact as a literal.
/// </summary>
public sealed class ServiceFactsTests
{
    private static readonly RepoPaths Repo = RepoPaths.Find(AppContext.BaseDirectory);

    private static JsonObject Facts => Generation.ReadObject(Repo.ServiceFacts)["facts"]!.AsObject();

    [Fact]
    public void TheEmulatorCompilesTheModulesGeneratedFacts()
    {
        var project = File.ReadAllText(Path.Combine(Repo.Root, "tests", "CwLogs.Emulator", "CwLogs.Emulator.csproj"));
        Assert.Contains("<Compile Include=\"$(RepoRoot)src/CwLogs/Client/Generated/ServiceFacts.g.cs\"", project);
    }

    [Fact]
    public void EveryFactIsReadThroughServiceFacts()
    {
        var code = string.Concat(SourceFiles().Select(File.ReadAllText));
        var unread = Facts.Select(f => f.Key).Where(name => !Regex.IsMatch(code, $@"\bServiceFacts\.{name}\b")).ToList();
        Assert.True(unread.Count == 0, $"Facts neither the module nor the emulator reads: {string.Join(", ", unread)}.");
    }

    [Fact]
    public void TheModulesLimitsAreTheFilesValues()
    {
        Assert.Equal(Facts["RetentionDays"]!["value"]!.AsArray().Select(d => d!.GetValue<int>()), NameRules.RetentionDays);
        Assert.Equal(PutLogEventsLimits.PerEventOverheadBytes, Facts["PerEventOverheadBytes"]!["value"]!.GetValue<int>());
        Assert.Equal(PutLogEventsLimits.MaxBatchBytes, Facts["MaxBatchBytes"]!["value"]!.GetValue<int>());
        Assert.Equal(PutLogEventsLimits.MaxBatchSpanMilliseconds, Facts["MaxBatchSpanHours"]!["value"]!.GetValue<int>() * 3_600_000L);
        Assert.Equal(ServiceFacts.MaxEventsPerBatch, PutLogEventsLimits.MaxEventsPerBatch);
        Assert.Equal(ServiceFacts.MaxTags, TagRules.MaxTags);
        Assert.Equal(ServiceFacts.MaxTagKeyLength, TagRules.MaxKeyLength);
        Assert.Equal(ServiceFacts.MaxTagValueLength, TagRules.MaxValueLength);
    }

    [Fact]
    public void NeitherSideRestatesAFact()
    {
        var forms = RestatedForms().ToList();
        var found = new List<string>();
        foreach (var path in SourceFiles())
        {
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var (fact, form) in forms)
                {
                    if (form.IsMatch(Code(lines[i])))
                        found.Add($"{Path.GetRelativePath(Repo.Root, path)}:{i + 1} restates {fact}: {lines[i].Trim()}");
                }
            }
        }
        Assert.True(found.Count == 0, string.Join(Environment.NewLine,
            found.Distinct().Append("Use the constant of src/CwLogs/Client/Generated/ServiceFacts.g.cs (from model/service-facts.json).")));
    }

    // The lines the module and the emulator held before the facts moved: each must count as a restatement.
    [Theory]
    [InlineData("    public const int PerEventOverhead = 26;")]
    [InlineData("        public const int MaxBatchBytes = 1_048_576;")]
    [InlineData("        public const long MaxBatchSpanMilliseconds = 24L * 60 * 60 * 1000;")]
    [InlineData("    public const long MaxAgeMillis = 14L * 24 * 60 * 60 * 1000;")]
    [InlineData("    public const long MaxFutureMillis = 2L * 60 * 60 * 1000;")]
    [InlineData("        1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,")]
    [InlineData("        if (value.StartsWith(\"aws/\", System.StringComparison.OrdinalIgnoreCase))")]
    [InlineData("    [GeneratedRegex(@\"^arn:[a-z][a-z0-9-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[A-Za-z0-9-]+$\")]")]
    [InlineData("    public const int MaxTags = 50;")]
    public void TheCheckCatchesTheOldRestatements(string line)
    {
        Assert.Contains(RestatedForms(), f => f.Form.IsMatch(Code(line)));
    }

    /// <summary>How a fact looks when written out again, derived from its value and the unit its name ends in.</summary>
    private static IEnumerable<(string Fact, Regex Form)> RestatedForms()
    {
        foreach (var (name, node) in Facts)
        {
            if (node!["model"] is not null)
            {
                // Model limits such as 50 or 10,000 recur as other limits; only a same-named literal is a copy.
                yield return (name, new Regex($@"\b{name}\s*=\s*[0-9_]+L?\s*;"));
                continue;
            }
            var value = node["value"]!;
            switch (value.GetValueKind())
            {
                case System.Text.Json.JsonValueKind.String:
                    var text = value.GetValue<string>();
                    yield return (name, new Regex("\"" + Regex.Escape(text) + "\"", RegexOptions.IgnoreCase));
                    yield return (name, new Regex("\"" + Regex.Escape(text.Replace("\\", "\\\\")) + "\"", RegexOptions.IgnoreCase));
                    break;
                case System.Text.Json.JsonValueKind.Array:
                    var first = value.AsArray().Take(5).Select(v => v!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture));
                    yield return (name, new Regex(@"\b" + string.Join(@",\s*", first) + @"\b"));
                    break;
                default:
                    var n = value.GetValue<int>();
                    if (name.EndsWith("Hours", StringComparison.Ordinal))
                    {
                        yield return (name, new Regex($@"(?<![\w.]\s*\*\s*)\b{n}L?\s*\*\s*60\s*\*\s*60\b"));
                        yield return (name, new Regex($@"FromHours\(\s*{n}\s*\)"));
                    }
                    else if (name.EndsWith("Days", StringComparison.Ordinal))
                    {
                        yield return (name, new Regex($@"(?<![\w.]\s*\*\s*)\b{n}L?\s*\*\s*24\s*\*\s*60\b"));
                        yield return (name, new Regex($@"FromDays\(\s*{n}\s*\)"));
                    }
                    else if (n >= 1000)
                    {
                        yield return (name, new Regex($@"(?<![\w.])({n}|{Grouped(n)})(?![\w.])"));
                    }
                    else
                    {
                        yield return (name, new Regex($@"[=+]\s*{n}L?\s*[;)]"));
                    }
                    break;
            }
        }
    }

    private static string Grouped(int n) => n.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(",", "_");

    // Comments may name a fact ("older than 14 days"); only code counts.
    private static string Code(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith("//", StringComparison.Ordinal)) return "";
        var comment = line.IndexOf(" // ", StringComparison.Ordinal);
        return comment >= 0 ? line[..comment] : line;
    }

    /// <summary>The hand-written C# of the module and the emulator (the generated facts themselves excluded).</summary>
    private static IEnumerable<string> SourceFiles()
    {
        var generated = Repo.Generated + Path.DirectorySeparatorChar;
        foreach (var dir in new[] { Path.Combine(Repo.Root, "src", "CwLogs"), Path.Combine(Repo.Root, "tests", "CwLogs.Emulator") })
        {
            foreach (var path in Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(dir, path).Replace('\\', '/');
                if (path.StartsWith(generated, StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal)) continue;
                yield return path;
            }
        }
    }
}
