using System.Globalization;
using Twister.Hosting.Plot.Markdown.Dom;

namespace Twister.Hosting.Plot.Markdown;

/// <summary>
/// Data tables as GFM tables: a header row (the first row when it is in <c>thead</c> or all
/// <c>th</c>, else an empty one, since GFM requires a header), column alignment from
/// <c>align</c>/<c>text-align</c>, <c>colspan</c>/<c>rowspan</c> filled with empty cells, and each cell
/// on one line (its lines joined with <c>&lt;br&gt;</c>, pipes escaped). Layout tables (as e-mails
/// nest them) are not data: see <see cref="IsDataTable"/>.
/// </summary>
internal static class TableRenderer
{
    private const int MaxSpan = 1000;

    /// <summary>
    /// Whether a table holds data (else it lays out content, as e-mails do, and its cells are read as
    /// blocks one after the other): not when marked <c>role="presentation"</c> or when a cell nests a
    /// table or a heading; yes when it has header cells, a <c>thead</c> or a caption; otherwise only when
    /// it has at least two rows and two columns.
    /// </summary>
    public static bool IsDataTable(HtmlElementNode table)
    {
        if (table.GetAttribute("role")?.Trim().ToLowerInvariant() is "presentation" or "none") return false;
        var rows = Rows(table);
        var cells = rows.SelectMany(Cells).ToList();
        if (cells.Any(cell => cell.Descendants().Any(e => e.LocalName is "table" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6"))) return false;
        if (cells.Any(cell => cell.LocalName == "th") || table.Children.Any(c => c.LocalName is "thead" or "caption")) return rows.Count > 0;
        return rows.Count >= 2 && rows.Any(row => Cells(row).Sum(ColumnSpan) >= 2);
    }

    public static List<string> Render(HtmlElementNode table, RenderContext context, int depth)
    {
        var rows = Rows(table);
        var grid = Grid(rows);
        var width = grid.Max(row => row.Count);
        var hasHeader = rows[0].ParentElement?.LocalName == "thead" || Cells(rows[0]).All(cell => cell.LocalName == "th");
        var cellContext = context with { InTableCell = true };

        var lines = new List<string>();
        if (table.Children.FirstOrDefault(c => c.LocalName == "caption") is { } caption)
        {
            lines.AddRange(FlowRenderer.Render(caption.ChildNodes, context, depth + 1));
            if (lines.Count > 0) lines.Add("");
        }
        lines.Add(Row(hasHeader ? grid[0] : [], width, cellContext, depth));
        lines.Add("|" + string.Concat(Enumerable.Range(0, width).Select(column => " " + Delimiter(Alignment(grid[0], column)) + " |")));
        foreach (var row in hasHeader ? grid.Skip(1) : grid) lines.Add(Row(row, width, cellContext, depth));
        return lines;
    }

    private static string Row(IReadOnlyList<HtmlElementNode?> cells, int width, RenderContext context, int depth)
        => "|" + string.Concat(Enumerable.Range(0, width).Select(column => " " + CellText(column < cells.Count ? cells[column] : null, context, depth) + " |"));

    /// <summary>A cell's markdown on one line: its lines joined with <c>&lt;br&gt;</c>, every pipe escaped (code spans too, as GFM requires).</summary>
    private static string CellText(HtmlElementNode? cell, RenderContext context, int depth)
    {
        if (cell is null) return "";
        var lines = FlowRenderer.Render(cell.ChildNodes, context, depth + 1).Where(line => line.Length > 0);
        return string.Join("<br>", lines).Replace("|", "\\|");
    }

    /// <summary>The rows as a grid: a cell spanning columns or rows leaves empty cells (null) where it reaches.</summary>
    private static List<List<HtmlElementNode?>> Grid(List<HtmlElementNode> rows)
    {
        var grid = new List<List<HtmlElementNode?>>();
        var covered = new Dictionary<int, int>();   // column -> rows below still covered by a rowspan
        foreach (var row in rows)
        {
            var cells = new List<HtmlElementNode?>();
            foreach (var cell in Cells(row))
            {
                while (covered.ContainsKey(cells.Count)) AddCovered(cells, covered);
                var rowSpan = Span(cell.GetAttribute("rowspan"));
                for (var i = 0; i < ColumnSpan(cell); i++)
                {
                    if (rowSpan > 1) covered[cells.Count] = rowSpan - 1;
                    cells.Add(i == 0 ? cell : null);
                }
            }
            while (covered.Keys.Any(column => column >= cells.Count)) AddCovered(cells, covered);
            grid.Add(cells);
        }
        return grid;
    }

    /// <summary>Adds an empty cell at the next column, using up one row of a rowspan that covers it.</summary>
    private static void AddCovered(List<HtmlElementNode?> cells, Dictionary<int, int> covered)
    {
        if (covered.TryGetValue(cells.Count, out var rows))
        {
            if (rows == 1) covered.Remove(cells.Count);
            else covered[cells.Count] = rows - 1;
        }
        cells.Add(null);
    }

    private static string Delimiter(string? alignment) => alignment switch
    {
        "left" => ":---",
        "center" => ":---:",
        "right" => "---:",
        _ => "---",
    };

    private static string? Alignment(IReadOnlyList<HtmlElementNode?> firstRow, int column)
    {
        if (column >= firstRow.Count || firstRow[column] is not { } cell) return null;
        return cell.GetAttribute("align")?.Trim().ToLowerInvariant() ?? HtmlElements.Style(cell).GetValueOrDefault("text-align");
    }

    private static List<HtmlElementNode> Rows(HtmlElementNode table)
    {
        var rows = new List<HtmlElementNode>();
        foreach (var child in table.Children)
        {
            if (child.LocalName == "tr") rows.Add(child);
            else if (child.LocalName is "thead" or "tbody" or "tfoot") rows.AddRange(child.Children.Where(c => c.LocalName == "tr"));
        }
        return rows;
    }

    private static IEnumerable<HtmlElementNode> Cells(HtmlElementNode row) => row.Children.Where(c => c.LocalName is "td" or "th");

    private static int ColumnSpan(HtmlElementNode cell) => Span(cell.GetAttribute("colspan"));

    private static int Span(string? attribute)
        => int.TryParse(attribute?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var span) ? Math.Clamp(span, 1, MaxSpan) : 1;
}
