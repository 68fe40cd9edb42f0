using System.Text;

namespace Twister.Hosting.Plot.Markdown;

/// <summary>
/// Writes the inline content of one run of text (the lines between two blocks) as a browser lays it
/// out: whitespace collapsed, no space at the start or end of a line, no-break spaces kept, markdown
/// syntax in text escaped, formatting markers tight around content and closed at each line end.
/// </summary>
internal sealed class InlineWriter(List<InlineSpan> spans, bool singleLine)
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _emittedStarts = [];   // where each emitted span's opening marker starts, outermost first
    private bool _lineHasContent;
    private bool _lineTouched;                         // a no-break space alone still makes a (blank) line
    private int _pendingSpaces;
    private bool _pendingEndsCollapsible;
    private bool _onlyTaskMarker;                      // the run so far is a task marker, which the item's text follows on its line
    private readonly List<(InlineSpan Span, int OpenStart, int CloseStart)> _justClosed = [];   // spans closed with nothing written since

    /// <summary>Writes text from the document: collapsed, escaped.</summary>
    public void WriteText(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (MarkdownSyntax.IsHtmlWhitespace(c))
            {
                if (!_pendingEndsCollapsible) _pendingSpaces++;
                _pendingEndsCollapsible = true;
            }
            else if (c == '\u00A0')
            {
                _pendingSpaces++;
                _pendingEndsCollapsible = false;
                _lineTouched = true;
            }
            else if (c is '\u200B' or '\uFEFF' or '\u00AD') { }  // zero-width space, byte order mark, soft hyphen: invisible
            else
            {
                BeginContent();
                MarkdownSyntax.AppendEscaped(_text, text, i, _text.Length == 0 ? '\n' : _text[^1]);
            }
        }
    }

    /// <summary>Writes markdown as one piece of content (an image, a code span, a task marker).</summary>
    public void WriteMarkdown(string markdown)
    {
        if (markdown.Length == 0) return;
        BeginContent();
        _text.Append(markdown);
    }

    /// <summary>
    /// Writes a task marker (<c>[x]</c> or <c>[ ]</c>). While nothing else follows it, a block boundary
    /// does not end its line: in task lists the text sits in a block after the checkbox.
    /// </summary>
    public void WriteTaskMarker(string marker)
    {
        var first = _text.Length == 0;
        WriteMarkdown(marker);
        WriteSpace();
        _onlyTaskMarker = first;
    }

    /// <summary>Whether all that was written is a task marker (see <see cref="WriteTaskMarker"/>).</summary>
    public bool HoldsOnlyTaskMarker => _onlyTaskMarker;

    /// <summary>Adds a space after what was written (collapsed with any whitespace that follows).</summary>
    public void WriteSpace() => WriteText(" ");

    /// <summary>A <c>br</c>: ends the line, even an empty one (two in a row leave a blank line).</summary>
    public void LineBreak()
    {
        if (singleLine) WriteSpace();
        else NewLine();
    }

    /// <summary>A block boundary inside the run (a div starting or ending): ends the line if anything is on it.</summary>
    public void EndLine()
    {
        if (singleLine || _onlyTaskMarker) WriteSpace();
        else if (_lineHasContent || _lineTouched) NewLine();
    }

    /// <summary>Closes the innermost open span (its markers appear only if content was written inside).</summary>
    public void CloseSpan()
    {
        if (_emittedStarts.Count == spans.Count) CloseInnermostEmitted();
    }

    /// <summary>The lines written so far (spans closed, line starts escaped, blank lines collapsed), then starts over.</summary>
    public List<string> TakeLines()
    {
        CloseEmittedSpans();
        var lines = new List<string>();
        foreach (var raw in _text.ToString().Split('\n'))
        {
            var line = raw.Trim(' ');
            if (line.Length == 0 && (lines.Count == 0 || lines[^1].Length == 0)) continue;
            lines.Add(MarkdownSyntax.EscapeLineStart(line));
        }
        if (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        _text.Clear();
        _justClosed.Clear();
        _onlyTaskMarker = false;
        _lineHasContent = _lineTouched = false;
        _pendingSpaces = 0;
        _pendingEndsCollapsible = false;
        return lines;
    }

    private void BeginContent()
    {
        _onlyTaskMarker = false;
        if (_lineHasContent && _pendingSpaces > 0) _text.Append(' ', _pendingSpaces);
        _pendingSpaces = 0;
        _pendingEndsCollapsible = false;
        _lineHasContent = true;
        for (var i = _emittedStarts.Count; i < spans.Count; i++)
        {
            // The same formatting closed right before continues instead (*a**b* would not read as two emphases).
            if (_justClosed.Count > 0 && _justClosed[^1] is var (closed, _, closeStart)
                && closed == spans[i] && closed.Kind != InlineSpanKind.Link && closeStart + closed.Close.Length == _text.Length)
            {
                _text.Length = _justClosed[^1].CloseStart;
                _emittedStarts.Add(_justClosed[^1].OpenStart);
                _justClosed.RemoveAt(_justClosed.Count - 1);
                continue;
            }
            _justClosed.Clear();
            _emittedStarts.Add(_text.Length);
            _text.Append(spans[i].Open);
        }
        _justClosed.Clear();
    }

    private void NewLine()
    {
        CloseEmittedSpans();
        _justClosed.Clear();
        _text.Append('\n');
        _lineHasContent = _lineTouched = false;
        _pendingSpaces = 0;
        _pendingEndsCollapsible = false;
    }

    private void CloseEmittedSpans()
    {
        while (_emittedStarts.Count > 0) CloseInnermostEmitted();
    }

    private void CloseInnermostEmitted()
    {
        var span = spans[_emittedStarts.Count - 1];
        var start = _emittedStarts[^1];
        _emittedStarts.RemoveAt(_emittedStarts.Count - 1);
        if (span.Kind == InlineSpanKind.Link && MarkdownSyntax.Autolink(span.Url!, _text.ToString(start + 1, _text.Length - start - 1)) is { } autolink)
        {
            _text.Length = start;
            _text.Append(autolink);
            return;
        }
        _justClosed.Add((span, start, _text.Length));
        _text.Append(span.Close);
    }
}
