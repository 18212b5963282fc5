using CwLogs.Emulator.Protocol;

namespace CwLogs.Emulator.Filtering;

/// <summary>
/// Entry point for CloudWatch filter pattern syntax: empty (match all), term patterns
/// (see <see cref="TermPattern"/>), JSON patterns (see <see cref="JsonPattern"/>) and
/// space-delimited patterns (see <see cref="SpaceDelimitedPattern"/>). The 1024-character limit is the model's.
/// </summary>
internal static class FilterPattern
{
    public static IMessagePattern Parse(string? pattern)
    {
        string text = (pattern ?? string.Empty).Trim();
        if (text.Length == 0) return MatchAll.Instance;
        if (text[0] == '{') return JsonPattern.Parse(text);
        if (text[0] == '[') return SpaceDelimitedPattern.Parse(text);
        return TermPattern.Parse(text);
    }

    public static ServiceException Invalid(string detail) =>
        Errors.InvalidParameter($"Invalid filter pattern: {detail}");

    private sealed class MatchAll : IMessagePattern
    {
        public static readonly MatchAll Instance = new();

        public bool Matches(string message) => true;
    }
}
