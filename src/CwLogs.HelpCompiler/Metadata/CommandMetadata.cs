using System.Text.Json;

namespace CwLogs.HelpCompiler.Metadata;

/// <summary>
/// What Get-Command says about a built cmdlet, as Export-CommandMetadata.ps1 writes it: the source
/// of truth for the SYNTAX and parameter YAML of its markdown.
/// </summary>
public sealed record CommandMetadata(
    string Name,
    IReadOnlyList<string> OutputTypes,
    IReadOnlyList<ParameterSetMetadata> ParameterSets,
    IReadOnlyList<ParameterMetadata> Parameters)
{
    /// <summary>A cmdlet with one parameter set documents it without a name, as PlatyPS does.</summary>
    public bool HasNamedSets => ParameterSets.Count > 1;

    public ParameterMetadata Parameter(string name) =>
        Parameters.First(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}

public sealed record ParameterSetMetadata(string Name, bool IsDefault, IReadOnlyList<SetParameterMetadata> Parameters);

/// <summary>How a parameter behaves in one parameter set. Position is null when the parameter is named.</summary>
public sealed record SetParameterMetadata(
    string Name, bool Mandatory, int? Position, bool ValueFromPipeline, bool ValueFromPipelineByPropertyName)
{
    public string PipelineInput =>
        (ValueFromPipelineByPropertyName, ValueFromPipeline) switch
        {
            (true, true) => "True (ByPropertyName, ByValue)",
            (true, false) => "True (ByPropertyName)",
            (false, true) => "True (ByValue)",
            _ => "False",
        };

    public string PositionText => Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "Named";
}

/// <summary>
/// A parameter's set-independent facts. Type is the .NET type as Type.ToString() writes it
/// (System.Nullable`1[System.DateTime]); SyntaxType the name the syntax shows (DateTime).
/// </summary>
public sealed record ParameterMetadata(
    string Name,
    string Type,
    string SyntaxType,
    bool IsSwitch,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> AcceptedValues,
    bool SupportsWildcards);

public static class CommandMetadataReader
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<CommandMetadata> Read(string json) =>
        JsonSerializer.Deserialize<List<CommandMetadata>>(json, Options)
        ?? throw new InvalidDataException("The command metadata file is empty.");
}
