namespace CwLogs.Generator;

/// <summary>Where the model, the generator's config and the generated code live in the repository.</summary>
internal sealed record RepoPaths(string Root)
{
    public string Model => Path.Combine(Root, "model", "logs-2014-03-28.json");

    /// <summary>What the service enforces beyond the model; emitted as Generated/ServiceFacts.g.cs.</summary>
    public string ServiceFacts => Path.Combine(Root, "model", "service-facts.json");

    public string Config => Path.Combine(Root, "src", "CwLogs.Generator", "client.json");

    public string Generated => Path.Combine(Root, "src", "CwLogs", "Client", "Generated");

    /// <summary>The repository holding <paramref name="start"/>: the nearest folder up from it with Module.sln.</summary>
    public static RepoPaths Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Module.sln"))) return new RepoPaths(dir.FullName);
        }
        throw new DirectoryNotFoundException($"No Module.sln in {start} or any folder above it.");
    }
}
