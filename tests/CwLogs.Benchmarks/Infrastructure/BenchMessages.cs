namespace CwLogs.Benchmarks.Infrastructure;

/// <summary>
/// The messages every writer sends (about 70 bytes each). Scripts/Write.ps1 builds the same text in pwsh from
/// <see cref="Prefix"/>, which the runner passes to it.
/// </summary>
public static class BenchMessages
{
    public const string Prefix = "2026-01-01T00:00:00.000Z INFO  [writer-1] write benchmark event ";

    public static string Message(int i) => Prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string[] Build(int count)
    {
        var messages = new string[count];
        for (int i = 0; i < count; i++) messages[i] = Message(i);
        return messages;
    }
}
