namespace CwLogs.Emulator.Filtering;

/// <summary>A parsed filterPattern, applied to one event message.</summary>
internal interface IMessagePattern
{
    bool Matches(string message);

    /// <summary>Like <see cref="Matches"/>, plus the values the pattern extracts (only space-delimited patterns extract any).</summary>
    PatternMatch Match(string message) => Matches(message) ? PatternMatch.WithoutValues : PatternMatch.None;
}
