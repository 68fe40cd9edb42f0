using System.Text;

namespace Twister.Generators.Common;

/// <summary>
/// An indent-aware text writer for generated C#: one line at a time, with blocks that indent their
/// contents. Output always uses <c>\n</c> line endings so generated files are identical on every OS.
/// </summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder = new();
    private int _indent;

    /// <summary>Writes one line at the current indentation (an empty line stays empty).</summary>
    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            for (var i = 0; i < _indent; i++) _builder.Append(IndentUnit);
            _builder.Append(text);
        }
        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="header"/>, an opening brace, and indents until <see cref="Close"/>.</summary>
    public SourceWriter Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    /// <summary>Closes the innermost block opened by <see cref="Open"/>, with an optional suffix such as <c>;</c>.</summary>
    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>Increases the indentation without writing a brace (for switch sections and wrapped lines).</summary>
    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    /// <summary>Reverses <see cref="Indent"/>.</summary>
    public SourceWriter Outdent()
    {
        _indent--;
        return this;
    }

    /// <summary>The text written so far.</summary>
    public override string ToString() => _builder.ToString();
}
