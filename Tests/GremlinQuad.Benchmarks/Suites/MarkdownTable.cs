using System.Globalization;
using System.Text;

namespace GremlinQuad.Benchmarks.Suites;

/// <summary>A titled markdown table with notes under it; counts the numeric cells it holds.</summary>
internal sealed class MarkdownTable(string title, params string[] headers)
{
    private readonly List<string[]> _rows = [];
    private readonly List<string> _notes = [];

    public string Title => title;

    /// <summary>Cells that hold a measured number (not a dash, not an "unavailable" message).</summary>
    public int Figures { get; private set; }

    public void Row(params string[] cells)
    {
        if (cells.Length != headers.Length)
            throw new ArgumentException($"Table '{title}' has {headers.Length} columns but a row gave {cells.Length}.", nameof(cells));
        _rows.Add(cells);
        Figures += cells.Skip(1).Count(cell => cell.Length > 0 && (char.IsAsciiDigit(cell[0]) || cell[0] == '-' && cell.Length > 1 && char.IsAsciiDigit(cell[1])));
    }

    public void Note(string text) => _notes.Add(text);

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("### ").AppendLine(title).AppendLine();
        text.Append("| ").AppendJoin(" | ", headers).AppendLine(" |");
        text.Append('|').AppendJoin("", headers.Select(_ => "---|")).AppendLine();
        foreach (var row in _rows)
            text.Append("| ").AppendJoin(" | ", row).AppendLine(" |");
        foreach (var note in _notes)
            text.AppendLine().AppendLine(note);
        return text.ToString();
    }

    public static string Ms(double milliseconds) => double.IsNaN(milliseconds) ? "-"
        : milliseconds >= 100 ? milliseconds.ToString("F0", CultureInfo.InvariantCulture)
        : milliseconds >= 1 ? milliseconds.ToString("F2", CultureInfo.InvariantCulture)
        : milliseconds.ToString("F4", CultureInfo.InvariantCulture);

    public static string Number(double value, string format = "F1") =>
        double.IsNaN(value) || double.IsInfinity(value) ? "-" : value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>A ratio such as 1.25×; a dash when either side is missing.</summary>
    public static string Ratio(double numerator, double denominator) =>
        double.IsNaN(numerator) || double.IsNaN(denominator) || denominator <= 0 ? "-"
        : (numerator / denominator).ToString(numerator / denominator >= 100 ? "F0" : "F2", CultureInfo.InvariantCulture) + "×";

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
