using CwLogs.Generator;
using CwLogs.Generator.Import;

// Two verbs; see README, "Service model and generated client".
//   import --aws-sdk <npm aws-sdk package dir> [--botocore <botocore package dir>]
//       rebuilds model/logs-2014-03-28.json from the published models (not part of the build)
//   generate
//       rewrites src/CwLogs/Client/Generated from the model and src/CwLogs.Generator/client.json
const string Usage = """
    usage: CwLogs.Generator generate
           CwLogs.Generator import --aws-sdk <dir of the npm package aws-sdk> [--botocore <dir>]
    """;

try
{
    var paths = RepoPaths.Find(Directory.GetCurrentDirectory());
    switch (args.FirstOrDefault())
    {
        case "generate":
            Generation.Write(paths, Console.Out);
            return 0;
        case "import":
            var sdk = Option(args, "--aws-sdk") ?? throw new ArgumentException("import needs --aws-sdk <dir> (e.g. npm pack aws-sdk@2.1693.0 and unpack it).");
            ImportCommand.Run(Option(args, "--botocore") ?? ImportCommand.DefaultBotocore, sdk, paths.Model, Console.Out);
            return 0;
        default:
            Console.Error.WriteLine(Usage);
            return 2;
    }
}
catch (Exception e) when (e is IOException or InvalidDataException or ArgumentException or UnauthorizedAccessException or System.Text.Json.JsonException)
{
    Console.Error.WriteLine($"CwLogs.Generator: {e.Message}");
    return 1;
}

static string? Option(string[] args, string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
