using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CwLogs.HelpCompiler.Markdown;

/// <summary>
/// Reads a flat "Key: value" YAML mapping (PlatyPS front matter or a parameter block). Problems are
/// reported at the file line they are on, given the file line of the YAML's first line.
/// </summary>
public static class YamlFields
{
    public static Dictionary<string, (string Value, int Line)>? Read(
        string yaml, string file, int firstLine, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            diagnostics.Error(file, firstLine + (int)e.Start.Line - 1, HelpDiagnostic.Yaml, $"invalid YAML: {e.Message}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some unterminated flow collections, without a
            // position: the first prefix of lines that does not load ends at the broken line.
            diagnostics.Error(file, firstLine + FirstBadLine(yaml) - 1, HelpDiagnostic.Yaml, "invalid YAML: this line does not parse");
            return null;
        }

        var fields = new Dictionary<string, (string, int)>(StringComparer.OrdinalIgnoreCase);
        if (stream.Documents.Count == 0)
        {
            return fields;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Error(file, firstLine, HelpDiagnostic.Yaml, "invalid YAML: expected 'Key: value' lines");
            return null;
        }

        foreach (var (key, value) in mapping.Children)
        {
            var line = firstLine + (int)key.Start.Line - 1;
            if (key is not YamlScalarNode { Value: { } name } || value is not YamlScalarNode scalar)
            {
                diagnostics.Error(file, line, HelpDiagnostic.Yaml, "invalid YAML: expected 'Key: value' with a plain value");
                return null;
            }

            fields[name] = (scalar.Value ?? string.Empty, line);
        }

        return fields;
    }

    private static int FirstBadLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var count = 1; count <= lines.Length; count++)
        {
            try
            {
                new YamlStream().Load(new StringReader(string.Join('\n', lines[..count])));
            }
            catch (Exception e) when (e is YamlException or InvalidOperationException)
            {
                return count;
            }
        }

        return 1;
    }
}
