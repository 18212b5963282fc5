using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CwLogs.Generator.Import;

/// <summary>
/// The import verb: reads the two installed published models and writes model/logs-2014-03-28.json.
///   botocore: Debian's python3-botocore, botocore/data/logs/2014-03-28/{service-2,paginators-1}.json
///   aws-sdk:  the npm package aws-sdk (v2), apis/logs-2014-03-28.{min,paginators}.json
/// </summary>
internal static class ImportCommand
{
    public const string DefaultBotocore = "/usr/lib/python3/dist-packages/botocore";
    private const string BotocoreData = "data/logs/2014-03-28";
    private const string SdkApis = "apis";

    public static void Run(string botocoreDir, string sdkDir, string outputPath, TextWriter log)
    {
        var botocoreVersion = Regex.Match(File.ReadAllText(Path.Combine(botocoreDir, "__init__.py")), @"__version__\s*=\s*['""]([^'""]+)['""]").Groups[1].Value;
        var sdkVersion = Read(Path.Combine(sdkDir, "package.json"))["version"]!.GetValue<string>();
        var sources = new[]
        {
            new ModelSource("botocore", "python3-botocore (Debian)", botocoreVersion,
                new[] { $"botocore/{BotocoreData}/service-2.json", $"botocore/{BotocoreData}/paginators-1.json" }),
            new ModelSource(ModelImporter.SdkSource, "aws-sdk (npm)", sdkVersion,
                new[] { $"{SdkApis}/logs-2014-03-28.min.json", $"{SdkApis}/logs-2014-03-28.paginators.json" }),
        };
        var model = ModelImporter.Import(
            Read(Path.Combine(botocoreDir, BotocoreData, "service-2.json")),
            Read(Path.Combine(botocoreDir, BotocoreData, "paginators-1.json")),
            Read(Path.Combine(sdkDir, SdkApis, "logs-2014-03-28.min.json")),
            Read(Path.Combine(sdkDir, SdkApis, "logs-2014-03-28.paginators.json")),
            sources);
        File.WriteAllText(outputPath, Format(model));
        log.WriteLine($"wrote {outputPath}: {model["operations"]!.AsObject().Count} operations, {model["shapes"]!.AsObject().Count} shapes " +
                      $"(botocore {botocoreVersion}, aws-sdk {sdkVersion}).");
    }

    /// <summary>Two-space indented JSON with "\n" line endings; regex patterns stay readable.</summary>
    public static string Format(JsonNode model)
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        return model.ToJsonString(options) + "\n";
    }

    private static JsonObject Read(string path)
        => JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new InvalidDataException($"{path} is not a JSON object.");
}
