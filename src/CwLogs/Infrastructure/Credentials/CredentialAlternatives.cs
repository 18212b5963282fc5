namespace CwLogs.Infrastructure.Credentials;

/// <summary>
/// -AccessKey/-SecretKey (with -SessionToken), -ProfileName (with -ProfileLocation) and -Credential are alternatives.
/// What is typed on the command line (or splatted) wins over $PSDefaultParameterValues; two alternatives from the
/// same place are a mix, refused before any call. A check rather than parameter sets: every cmdlet already has sets
/// of its own (by name, by ARN, ...), and PowerShell's sets are one list, not a product of two.
/// </summary>
public static class CredentialAlternatives
{
    public const string ConflictErrorId = "CredentialParameterConflict";

    private sealed record Alternative(string Label, string[] Leads, string[] Companions)
    {
        public IEnumerable<string> Members => Leads.Concat(Companions);
    }

    private static readonly Alternative[] All =
    {
        new("-AccessKey/-SecretKey", new[] { "AccessKey", "SecretKey" }, new[] { "SessionToken" }),
        new("-ProfileName", new[] { "ProfileName" }, new[] { "ProfileLocation" }),
        new("-Credential", new[] { "Credential" }, Array.Empty<string>()),
    };

    /// <summary>Every credential parameter's name.</summary>
    public static IEnumerable<string> ParameterNames => All.SelectMany(a => a.Members);

    /// <param name="typed">Credential parameters given on the command line.</param>
    /// <param name="fromDefaults">Credential parameters $PSDefaultParameterValues supplied.</param>
    /// <returns>The parameters to leave out: those of $PSDefaultParameterValues that a typed alternative overrides.</returns>
    /// <exception cref="CredentialParameterConflictException">Two alternatives typed, or (none typed) two from $PSDefaultParameterValues.</exception>
    public static IReadOnlyList<string> Overridden(IReadOnlyCollection<string> typed, IReadOnlyCollection<string> fromDefaults)
    {
        var typedAlternatives = Present(typed);
        if (typedAlternatives.Count > 1) throw Conflict(typedAlternatives, "on the command line");
        if (typedAlternatives.Count == 1)
            return All.Where(a => a != typedAlternatives[0]).SelectMany(a => a.Members).Where(n => Contains(fromDefaults, n)).ToList();
        var defaultAlternatives = Present(fromDefaults);
        if (defaultAlternatives.Count > 1) throw Conflict(defaultAlternatives, "in $PSDefaultParameterValues");
        return Array.Empty<string>();
    }

    private static List<Alternative> Present(IReadOnlyCollection<string> names)
        => All.Where(a => a.Leads.Any(lead => Contains(names, lead))).ToList();

    private static bool Contains(IReadOnlyCollection<string> names, string name) => names.Contains(name, StringComparer.OrdinalIgnoreCase);

    private static CredentialParameterConflictException Conflict(List<Alternative> given, string where)
        => new($"{string.Join(" and ", given.Select(a => a.Label))} are given {where}, but they are alternatives: " +
               "use one of -AccessKey/-SecretKey (with -SessionToken), -ProfileName (with -ProfileLocation) or -Credential. " +
               "Parameters typed on the command line win over $PSDefaultParameterValues.");
}

/// <summary>Two credential alternatives were given together.</summary>
public sealed class CredentialParameterConflictException(string message) : ArgumentException(message);
