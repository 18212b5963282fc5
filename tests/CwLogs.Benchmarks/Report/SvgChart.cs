using System.Globalization;
using System.Security;
using System.Text;
using CwLogs.Benchmarks.Infrastructure;

namespace CwLogs.Benchmarks.Report;

/// <summary>
/// Horizontal bars of events/s per client and operation on a log scale (the CLI and the floor are orders of
/// magnitude apart), each bar labelled with its value. Hand-written SVG: no dependency, diffable text.
/// </summary>
public static class SvgChart
{
    private const int LabelWidth = 200, PlotWidth = 560, ValueWidth = 80, BarHeight = 16, BarGap = 4, GroupGap = 18, Top = 70;
    private static readonly (string Name, string Color)[] Clients = [("CwLogs", "#2f6db5"), ("AWS CLI", "#e8891c"), ("floor (HttpClient)", "#8c8c8c")];

    public static string Render(IReadOnlyList<Throughput> throughputs, string title)
    {
        var values = throughputs.SelectMany(Bars).Where(v => v is > 0).Select(v => v!.Value).ToList();
        double lo = values.Count == 0 ? 1 : Math.Pow(10, Math.Floor(Math.Log10(values.Min())));
        double hi = values.Count == 0 ? 10 : Math.Pow(10, Math.Ceiling(Math.Log10(values.Max())));
        if (hi <= lo) hi = lo * 10;
        double X(double v) => LabelWidth + PlotWidth * (Math.Log10(v) - Math.Log10(lo)) / (Math.Log10(hi) - Math.Log10(lo));

        int groupHeight = Clients.Length * (BarHeight + BarGap);
        int height = Top + throughputs.Count * (groupHeight + GroupGap) + 30;
        int width = LabelWidth + PlotWidth + ValueWidth;
        var svg = new StringBuilder();
        svg.AppendLine($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.AppendLine($"<rect width=\"{width}\" height=\"{height}\" fill=\"white\"/>");
        svg.AppendLine($"<text x=\"{width / 2}\" y=\"20\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\">{Escape(title)}</text>");
        for (int i = 0; i < Clients.Length; i++)
        {
            int x = LabelWidth + i * 170;
            svg.AppendLine($"<rect x=\"{x}\" y=\"32\" width=\"12\" height=\"12\" fill=\"{Clients[i].Color}\"/><text x=\"{x + 17}\" y=\"42\">{Escape(Clients[i].Name)}</text>");
        }

        int plotBottom = height - 30;
        for (double d = lo; d <= hi * 1.0001; d *= 10)
        {
            var x = F(X(d));
            svg.AppendLine($"<line x1=\"{x}\" y1=\"{Top - 8}\" x2=\"{x}\" y2=\"{plotBottom}\" stroke=\"#dddddd\"/>");
            svg.AppendLine($"<text x=\"{x}\" y=\"{plotBottom + 15}\" text-anchor=\"middle\" fill=\"#555555\">{Formats.Short(d)}</text>");
        }

        int y = Top;
        foreach (var t in throughputs)
        {
            svg.AppendLine($"<text x=\"{LabelWidth - 8}\" y=\"{y + groupHeight / 2 + 2}\" text-anchor=\"end\" font-weight=\"bold\">{Escape(t.Operation)}</text>");
            var bars = Bars(t).ToArray();
            for (int i = 0; i < Clients.Length; i++, y += BarHeight + BarGap)
            {
                if (bars[i] is not > 0) continue;
                var end = X(bars[i]!.Value);
                svg.AppendLine($"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{F(Math.Max(end - LabelWidth, 1))}\" height=\"{BarHeight}\" fill=\"{Clients[i].Color}\"/>");
                svg.AppendLine($"<text x=\"{F(end + 4)}\" y=\"{y + BarHeight - 4}\">{Formats.Short(bars[i]!.Value)}/s</text>");
            }
            y += GroupGap - BarGap;
        }
        svg.AppendLine($"<line x1=\"{LabelWidth}\" y1=\"{Top - 8}\" x2=\"{LabelWidth}\" y2=\"{plotBottom}\" stroke=\"#333333\"/>");
        svg.AppendLine("</svg>");
        return svg.ToString();
    }

    private static IEnumerable<double?> Bars(Throughput t) => [t.CwLogs?.EventsPerSecond, t.Cli?.EventsPerSecond, t.Floor?.EventsPerSecond];

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
    private static string Escape(string s) => SecurityElement.Escape(s);
}
