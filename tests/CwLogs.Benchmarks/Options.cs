using CwLogs.Benchmarks.Infrastructure;

namespace CwLogs.Benchmarks;

/// <summary>[--size full|tiny] [--only import,firstcall,read,search,write,stop] [--markdown FILE] [--chart FILE.svg]</summary>
public sealed record Options(SizeProfile Size, IReadOnlySet<string> Figures, string? Markdown, string? Chart)
{
    public static readonly string[] AllFigures = ["import", "firstcall", "read", "search", "write", "stop"];

    public const string Usage =
        "usage: dotnet run --project tests/CwLogs.Benchmarks -c Release -- [--size full|tiny] " +
        "[--only import,firstcall,read,search,write,stop] [--markdown docs/performance.md] [--chart docs/performance.svg]";

    public static Options Parse(string[] args)
    {
        var size = SizeProfile.Full;
        IReadOnlySet<string> figures = AllFigures.ToHashSet();
        string? markdown = null, chart = null;
        for (int i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--size": size = SizeProfile.Parse(Value()); break;
                case "--only":
                    figures = Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
                    if (figures.Except(AllFigures).FirstOrDefault() is { } unknown) throw new ArgumentException($"--only: unknown figure '{unknown}'");
                    break;
                case "--markdown": markdown = Path.GetFullPath(Value()); break;
                case "--chart": chart = Path.GetFullPath(Value()); break;
                default: throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }
        return new Options(size, figures, markdown, chart);
    }
}
