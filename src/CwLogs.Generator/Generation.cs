using System.Text.Json.Nodes;
using CwLogs.Generator.Emit;
using CwLogs.Generator.Model;

namespace CwLogs.Generator;

/// <summary>The generate verb: the model, service-facts.json and client.json in, the files of src/CwLogs/Client/Generated out.</summary>
internal static class Generation
{
    /// <summary>What Generated/ should hold, by path relative to it ('/' separated).</summary>
    public static SortedDictionary<string, string> Render(RepoPaths paths)
    {
        var modelJson = ReadObject(paths.Model);
        var config = GeneratorConfig.Read(ReadObject(paths.Config));
        var files = ClientGenerator.Generate(ServiceModel.Read(modelJson), config);
        files[ServiceFactsEmitter.FileName] = ServiceFactsEmitter.Emit(ReadObject(paths.ServiceFacts), modelJson, config.Namespace);
        return files;
    }

    /// <summary>Writes every file and deletes generated files the model no longer produces.</summary>
    public static void Write(RepoPaths paths, TextWriter log)
    {
        var files = Render(paths);
        foreach (var (relative, text) in files)
        {
            var path = Path.Combine(paths.Generated, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (File.Exists(path) && File.ReadAllText(path) == text) continue;
            File.WriteAllText(path, text);
            log.WriteLine($"wrote {Path.GetRelativePath(paths.Root, path)}");
        }
        foreach (var path in ExistingFiles(paths.Generated))
        {
            if (files.ContainsKey(Relative(paths.Generated, path))) continue;
            File.Delete(path);
            log.WriteLine($"deleted {Path.GetRelativePath(paths.Root, path)}");
        }
        log.WriteLine($"{files.Count} files in {Path.GetRelativePath(paths.Root, paths.Generated)} are current.");
    }

    /// <summary>How Generated/ differs from what the model generates, one line per file; empty when current.</summary>
    public static IReadOnlyList<string> Differences(RepoPaths paths)
    {
        var expected = Render(paths);
        var problems = new List<string>();
        foreach (var (relative, text) in expected)
        {
            var path = Path.Combine(paths.Generated, relative);
            var shown = Path.GetRelativePath(paths.Root, path);
            if (!File.Exists(path)) problems.Add($"{shown} is missing.");
            else if (File.ReadAllText(path).ReplaceLineEndings("\n") != text) problems.Add($"{shown} is stale: it differs from what the model generates.");
        }
        foreach (var path in ExistingFiles(paths.Generated))
        {
            if (!expected.ContainsKey(Relative(paths.Generated, path)))
                problems.Add($"{Path.GetRelativePath(paths.Root, path)} is no longer generated from the model.");
        }
        return problems;
    }

    public static IEnumerable<string> ExistingFiles(string generatedDir)
        => Directory.Exists(generatedDir)
            ? Directory.EnumerateFiles(generatedDir, "*.cs", SearchOption.AllDirectories)
            : Enumerable.Empty<string>();

    public static string Relative(string generatedDir, string path)
        => Path.GetRelativePath(generatedDir, path).Replace(Path.DirectorySeparatorChar, '/');

    public static JsonObject ReadObject(string path)
        => JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new InvalidDataException($"{path} is not a JSON object.");
}
