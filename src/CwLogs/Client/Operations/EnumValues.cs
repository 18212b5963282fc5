namespace CwLogs.Client.Operations;

/// <summary>The values of one enum of the service model (generated into <see cref="CwLogsEnums"/>).</summary>
public sealed class EnumValues : IReadOnlyList<string>
{
    private readonly string[] _values;

    public EnumValues(params string[] values) => _values = values;

    public int Count => _values.Length;

    public string this[int index] => _values[index];

    /// <summary>True when <paramref name="value"/> is one of the values, spelled exactly as the service expects.</summary>
    public bool Contains(string? value) => value is not null && Array.IndexOf(_values, value) >= 0;

    /// <summary>
    /// The service's spelling of <paramref name="value"/> matched without regard to case
    /// ("lasteventtime" gives "LastEventTime"), or null when it is none of the values.
    /// </summary>
    public string? Canonical(string? value)
        => value is null ? null : Array.Find(_values, v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase));

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_values).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Join(", ", _values);
}
