using System.Collections.Generic;

namespace CwLogs.Emulator.Filtering;

/// <summary>
/// The outcome of applying a filter pattern to one message. Space-delimited patterns also return the
/// fields they extracted ("$name", or "$N" by 1-based position for unnamed fields and those under "...");
/// the values TestMetricFilter reports as extractedValues and metric filters read for their value.
/// </summary>
internal sealed class PatternMatch
{
    private static readonly IReadOnlyDictionary<string, string> Nothing = new Dictionary<string, string>();

    public static readonly PatternMatch None = new(false, Nothing);

    public static readonly PatternMatch WithoutValues = new(true, Nothing);

    private PatternMatch(bool isMatch, IReadOnlyDictionary<string, string> extractedValues)
    {
        IsMatch = isMatch;
        ExtractedValues = extractedValues;
    }

    public bool IsMatch { get; }

    public IReadOnlyDictionary<string, string> ExtractedValues { get; }

    public static PatternMatch With(IReadOnlyDictionary<string, string> extractedValues) => new(true, extractedValues);
}
