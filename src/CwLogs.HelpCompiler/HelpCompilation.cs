using System.Text;
using System.Xml;
using CwLogs.HelpCompiler.About;
using CwLogs.HelpCompiler.Drift;
using CwLogs.HelpCompiler.Maml;
using CwLogs.HelpCompiler.Markdown;
using CwLogs.HelpCompiler.Metadata;
using CwLogs.HelpCompiler.Refresh;

namespace CwLogs.HelpCompiler;

/// <summary>The three jobs of the tool, each over a whole docs folder.</summary>
public static class HelpCompilation
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Compiles every cmdlet file into &lt;assembly&gt;-Help.xml and every about_*.md into
    /// about_*.help.txt in <paramref name="outputDirectory"/>. Writes nothing when any file has an error.
    /// </summary>
    public static void Compile(string docsDirectory, string outputDirectory, string assemblyName, DiagnosticBag diagnostics)
    {
        var commands = new List<CommandHelp>();
        var abouts = new List<(string Name, string Text)>();
        foreach (var file in Directory.GetFiles(docsDirectory, "*.md").Order(StringComparer.Ordinal))
        {
            var source = File.ReadAllText(file);
            var name = Path.GetFileNameWithoutExtension(file);
            if (name.StartsWith("about_", StringComparison.OrdinalIgnoreCase))
            {
                if (AboutTopicWriter.Write(source, file, diagnostics) is { } text)
                {
                    abouts.Add((name, text));
                }

                continue;
            }

            foreach (var (line, placeholder) in Placeholders.Find(source))
            {
                diagnostics.Warning(file, line, HelpDiagnostic.Placeholder, $"placeholder '{placeholder}' left in the help");
            }

            if (CommandMarkdownParser.Parse(source, file, diagnostics) is { } help)
            {
                commands.Add(help);
            }
        }

        if (commands.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Error(docsDirectory, 1, HelpDiagnostic.Structure, "no cmdlet markdown files found");
        }

        if (diagnostics.HasErrors)
        {
            return;
        }

        Directory.CreateDirectory(outputDirectory);
        var settings = new XmlWriterSettings { Indent = true, Encoding = Utf8 };
        using (var writer = XmlWriter.Create(Path.Combine(outputDirectory, assemblyName + "-Help.xml"), settings))
        {
            MamlWriter.Write(commands).Save(writer);
        }

        foreach (var (name, text) in abouts)
        {
            File.WriteAllText(Path.Combine(outputDirectory, name + ".help.txt"), text, Utf8);
        }
    }

    /// <summary>Writes a skeleton for each cmdlet without a file, and refreshes the syntax and YAML of the others.</summary>
    public static IReadOnlyList<string> Refresh(string docsDirectory, IReadOnlyList<CommandMetadata> commands, string moduleName)
    {
        var changed = new List<string>();
        foreach (var command in commands)
        {
            var file = Path.Combine(docsDirectory, command.Name + ".md");
            var before = File.Exists(file) ? File.ReadAllText(file) : null;
            var after = before is null ? SkeletonWriter.Write(command, moduleName) : MarkdownRefresher.Refresh(before, command);
            if (after != before)
            {
                File.WriteAllText(file, after, Utf8);
                changed.Add(file);
            }
        }

        return changed;
    }

    public static void CheckDrift(string docsDirectory, IReadOnlyList<CommandMetadata> commands, DiagnosticBag diagnostics) =>
        DriftChecker.Check(docsDirectory, commands, diagnostics);
}
