namespace CwLogs.HelpCompiler;

/// <summary>
/// One problem in a help source, printed in MSBuild's canonical format so that an Exec task turns
/// it into a build error pointing at the file and line.
/// </summary>
public sealed record HelpDiagnostic(string File, int Line, string Code, string Message, bool IsError = true)
{
    /// <summary>Markdown structure: a missing or empty section, a bad heading.</summary>
    public const string Structure = "CWH001";
    /// <summary>A YAML block (front matter or parameter) that does not parse or lacks a key.</summary>
    public const string Yaml = "CWH002";
    /// <summary>A parameter or parameter set that the rest of the file does not know.</summary>
    public const string Parameter = "CWH003";
    /// <summary>The markdown no longer matches the built cmdlet (drift).</summary>
    public const string Drift = "CWH004";
    /// <summary>Placeholder text left by the Docs task.</summary>
    public const string Placeholder = "CWH005";

    public override string ToString() =>
        $"{File}({Line}): {(IsError ? "error" : "warning")} {Code}: {Message}";
}

/// <summary>Collects the diagnostics of one run.</summary>
public sealed class DiagnosticBag
{
    private readonly List<HelpDiagnostic> _items = [];

    public IReadOnlyList<HelpDiagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.IsError);

    public void Error(string file, int line, string code, string message) =>
        _items.Add(new HelpDiagnostic(file, line, code, message));

    public void Warning(string file, int line, string code, string message) =>
        _items.Add(new HelpDiagnostic(file, line, code, message, IsError: false));
}
