using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;

namespace Twister.Hosting.Dashboard.Rendering;

/// <summary>
/// Writes a page. Every value interpolated into <see cref="Append"/> is HTML-encoded, unless it is
/// <see cref="TrustedHtml"/> (markup the dashboard made itself): escaping is the default, so connector data cannot
/// inject markup by being forgotten.
/// </summary>
internal sealed class HtmlWriter
{
    private readonly StringBuilder _builder = new();

    /// <summary>Appends <paramref name="html"/>, its holes encoded.</summary>
    public HtmlWriter Append([InterpolatedStringHandlerArgument("")] ref Handler html)
    {
        _ = html;
        return this;
    }

    /// <summary>The page so far.</summary>
    public override string ToString() => _builder.ToString();

    /// <summary>Encodes every hole but <see cref="TrustedHtml"/>; formats with the invariant culture.</summary>
    [InterpolatedStringHandler]
    public readonly ref struct Handler
    {
        private readonly StringBuilder _builder;

        public Handler(int literalLength, int formattedCount, HtmlWriter writer)
        {
            _ = formattedCount;
            _builder = writer._builder;
            _builder.EnsureCapacity(_builder.Length + literalLength);
        }

        public void AppendLiteral(string value) => _builder.Append(value);

        public void AppendFormatted(TrustedHtml value) => _builder.Append(value.Value);

        public void AppendFormatted(string? value) => _builder.Append(WebUtility.HtmlEncode(value));

        public void AppendFormatted<T>(T value) => AppendFormatted(Convert.ToString(value, CultureInfo.InvariantCulture));

        public void AppendFormatted<T>(T value, string? format) where T : IFormattable => AppendFormatted(value.ToString(format, CultureInfo.InvariantCulture));
    }
}

/// <summary>Markup the dashboard made itself (or Markdig rendered with raw HTML disabled), written as is.</summary>
/// <param name="Value">The markup.</param>
internal readonly record struct TrustedHtml(string Value);
