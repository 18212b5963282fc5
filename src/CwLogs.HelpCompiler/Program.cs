using CwLogs.HelpCompiler;
using CwLogs.HelpCompiler.Metadata;

// CwLogs.HelpCompiler compile --docs <dir> --out <dir> [--assembly CwLogs.dll]
// CwLogs.HelpCompiler refresh --docs <dir> --metadata <json> [--module CwLogs]
// CwLogs.HelpCompiler drift   --docs <dir> --metadata <json>
// Problems are printed as "file(line): error CWHnnn: message" and make the exit code 1.
if (args.Length == 0 || args.Length % 2 != 1)
{
    return Usage();
}

var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
for (var i = 1; i < args.Length; i += 2)
{
    options[args[i].TrimStart('-')] = args[i + 1];
}

string Option(string name) => options.TryGetValue(name, out var value)
    ? Path.GetFullPath(value)
    : throw new ArgumentException($"missing --{name}");

var diagnostics = new DiagnosticBag();
try
{
    switch (args[0])
    {
        case "compile":
            HelpCompilation.Compile(Option("docs"), Option("out"), options.GetValueOrDefault("assembly", "CwLogs.dll"), diagnostics);
            break;
        case "refresh":
            foreach (var file in HelpCompilation.Refresh(Option("docs"), CommandMetadataReader.Read(File.ReadAllText(Option("metadata"))), options.GetValueOrDefault("module", "CwLogs")))
            {
                Console.WriteLine($"updated {file}");
            }

            break;
        case "drift":
            HelpCompilation.CheckDrift(Option("docs"), CommandMetadataReader.Read(File.ReadAllText(Option("metadata"))), diagnostics);
            break;
        default:
            return Usage();
    }
}
catch (Exception e) when (e is ArgumentException or IOException or System.Text.Json.JsonException or InvalidDataException)
{
    Console.Error.WriteLine($"CwLogs.HelpCompiler: error CWH000: {e.Message}");
    return 2;
}

foreach (var diagnostic in diagnostics.Items)
{
    Console.WriteLine(diagnostic);
}

return diagnostics.HasErrors ? 1 : 0;

static int Usage()
{
    Console.Error.WriteLine("usage: CwLogs.HelpCompiler compile --docs DIR --out DIR [--assembly CwLogs.dll]");
    Console.Error.WriteLine("       CwLogs.HelpCompiler refresh --docs DIR --metadata FILE [--module CwLogs]");
    Console.Error.WriteLine("       CwLogs.HelpCompiler drift --docs DIR --metadata FILE");
    return 2;
}
