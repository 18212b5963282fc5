using CwLogs.HelpCompiler.Markdown;
using CwLogs.HelpCompiler.Metadata;
using CwLogs.HelpCompiler.Refresh;

namespace CwLogs.HelpCompiler.Drift;

/// <summary>
/// Compares docs/en-US with the built cmdlets: a cmdlet without a file, a file without a cmdlet,
/// a parameter set, parameter, type, mandatory flag, position, alias or pipeline binding that
/// differs, or a placeholder left by the Docs task, each becomes an error at its line.
/// </summary>
public static class DriftChecker
{
    private const string Fix = "run ./build.ps1 -Task Docs, then write what it leaves as {{ ... }}";

    public static void Check(string docsDirectory, IReadOnlyList<CommandMetadata> commands, DiagnosticBag diagnostics)
    {
        var files = Directory.GetFiles(docsDirectory, "*.md")
            .Where(f => !Path.GetFileName(f).StartsWith("about_", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), StringComparer.OrdinalIgnoreCase);

        foreach (var command in commands)
        {
            if (!files.TryGetValue(command.Name, out var file))
            {
                diagnostics.Error(Path.Combine(docsDirectory, command.Name + ".md"), 1, HelpDiagnostic.Drift,
                    $"exported cmdlet {command.Name} has no help file; {Fix}");
                continue;
            }

            CheckFile(file, File.ReadAllText(file), command, diagnostics);
        }

        foreach (var (name, file) in files.Where(f => !commands.Any(c => c.Name.Equals(f.Key, StringComparison.OrdinalIgnoreCase))))
        {
            diagnostics.Error(file, 1, HelpDiagnostic.Drift, $"{name} is not a cmdlet the module exports; delete or rename this file");
        }
    }

    public static void CheckFile(string file, string markdown, CommandMetadata command, DiagnosticBag diagnostics)
    {
        foreach (var (line, text) in Placeholders.Find(markdown))
        {
            diagnostics.Error(file, line, HelpDiagnostic.Placeholder, $"placeholder '{text}' left in the help; write the text it asks for");
        }

        var help = CommandMarkdownParser.Parse(markdown, file, diagnostics);
        if (help is null)
        {
            return;
        }

        CheckSyntax(help, command, diagnostics);
        CheckParameters(help, command, diagnostics);
    }

    private static void CheckSyntax(CommandHelp help, CommandMetadata command, DiagnosticBag diagnostics)
    {
        var expected = ExpectedHelp.Syntax(command);
        var syntaxLine = help.Syntax.Count > 0 ? help.Syntax[0].Line - 1 : 1;
        var expectedNames = expected.Select(s => s.Name ?? "(single set)").Order(StringComparer.OrdinalIgnoreCase).ToList();
        var actualNames = help.Syntax.Select(s => s.Name ?? "(single set)").Order(StringComparer.OrdinalIgnoreCase).ToList();
        if (!expectedNames.SequenceEqual(actualNames, StringComparer.OrdinalIgnoreCase))
        {
            diagnostics.Error(help.File, syntaxLine, HelpDiagnostic.Drift,
                $"parameter sets differ: the markdown has {string.Join(", ", actualNames)}, the cmdlet has {string.Join(", ", expectedNames)}; {Fix}");
            return;
        }

        foreach (var want in expected)
        {
            var have = help.Syntax.First(s => string.Equals(s.Name, want.Name, StringComparison.OrdinalIgnoreCase));
            if (want.IsDefault != have.IsDefault)
            {
                diagnostics.Error(help.File, have.Line - 1, HelpDiagnostic.Drift,
                    $"parameter set '{want.Name}' is {(want.IsDefault ? "" : "not ")}the default set of the cmdlet; {Fix}");
            }

            if (Normalize(want.Text) != Normalize(have.Text))
            {
                diagnostics.Error(help.File, have.Line, HelpDiagnostic.Drift,
                    $"syntax{(want.Name is null ? "" : $" of set '{want.Name}'")} differs from the cmdlet's: {Normalize(want.Text)}; {Fix}");
            }
        }
    }

    private static void CheckParameters(CommandHelp help, CommandMetadata command, DiagnosticBag diagnostics)
    {
        var setNames = command.HasNamedSets ? command.ParameterSets.Select(s => (string?)s.Name).ToList() : [null];
        foreach (var parameter in command.Parameters)
        {
            var documented = help.Parameters.FirstOrDefault(p => p.Name.Equals(parameter.Name, StringComparison.OrdinalIgnoreCase));
            if (documented is null)
            {
                diagnostics.Error(help.File, help.Syntax[0].Line, HelpDiagnostic.Drift,
                    $"parameter -{parameter.Name} of the cmdlet has no '### -{parameter.Name}' section; {Fix}");
                continue;
            }

            var expected = ExpectedHelp.Attributes(command, parameter.Name);
            foreach (var set in setNames)
            {
                var want = expected.FirstOrDefault(a => a.AppliesTo(set) || (set is null && a.AppliesToAllSets));
                var have = documented.Attributes.FirstOrDefault(a => a.AppliesTo(set));
                var where = set is null ? "" : $" in set '{set}'";
                var line = have?.Line ?? documented.Line;
                if (want is null != (have is null))
                {
                    diagnostics.Error(help.File, line, HelpDiagnostic.Drift,
                        $"-{parameter.Name} is {(want is null ? "not " : "")}in the cmdlet's parameter set '{set}', but the markdown says otherwise; {Fix}");
                    continue;
                }

                if (want is null || have is null)
                {
                    continue;
                }

                Compare("Type", want.Type, have.Type);
                Compare("Required", want.Required.ToString(), have.Required.ToString());
                Compare("Position", want.Position, have.Position);
                Compare("Accept pipeline input", want.PipelineInput, have.PipelineInput);
                Compare("Aliases", string.Join(", ", want.Aliases.Order(StringComparer.OrdinalIgnoreCase)),
                    string.Join(", ", have.Aliases.Order(StringComparer.OrdinalIgnoreCase)));
                Compare("Accepted values", string.Join(", ", want.AcceptedValues), string.Join(", ", have.AcceptedValues));

                void Compare(string field, string cmdlet, string markdown)
                {
                    if (!string.Equals(cmdlet, markdown, StringComparison.OrdinalIgnoreCase))
                    {
                        diagnostics.Error(help.File, line, HelpDiagnostic.Drift,
                            $"-{parameter.Name}{where}: '{field}' is '{markdown}' in the markdown but '{cmdlet}' in the cmdlet; {Fix}");
                    }
                }
            }
        }

        foreach (var extra in help.Parameters.Where(p => !command.Parameters.Any(c => c.Name.Equals(p.Name, StringComparison.OrdinalIgnoreCase))))
        {
            diagnostics.Error(help.File, extra.Line, HelpDiagnostic.Drift, $"the cmdlet has no parameter -{extra.Name}; {Fix}");
        }
    }

    private static string Normalize(string syntax) =>
        string.Join(' ', syntax.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
