using Twister.Samples.Slack.Text;

namespace Twister.Samples.Slack.Tests.Text;

public sealed class MrkdwnTests
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal) { ["U1"] = "Ada", ["U2"] = "Grace Hopper" };

    public static TheoryData<string, string> ToMarkdownCases => new()
    {
        { "plain text", "plain text" },
        { "*bold*", "**bold**" },
        { "_italic_", "_italic_" },
        { "~strike~", "~~strike~~" },
        { "*bold _and italic_*", "**bold _and italic_**" },
        { "<@U1> and <@U2>", "@Ada and @Grace Hopper" },
        { "<@U9>", "@U9" },
        { "<@U1|ada>", "@ada" },
        { "<#C1|general>", "#general" },
        { "<#C1>", "#C1" },
        { "<!here> <!channel> <!everyone>", "@here @channel @everyone" },
        { "<!subteam^S1|@engineering> please", "@engineering please" },
        { "<https://example.com|the handbook>", "[the handbook](https://example.com)" },
        { "<https://example.com>", "<https://example.com>" },
        { "<https://example.com/a?b=1&amp;c=2|x>", "[x](https://example.com/a?b=1&c=2)" },
        { "<mailto:ada@example.com|ada@example.com>", "[ada@example.com](mailto:ada@example.com)" },
        { "Run `make *deploy*`", "Run `make *deploy*`" },
        { "before ```code <@U1> *x*``` after", "before\n```\ncode <@U1> *x*\n```\nafter" },
        { "```\nline 1\nline 2\n```", "```\nline 1\nline 2\n```" },
        { "a &lt;b&gt; &amp; c", "a \\<b> & c" },
        { "&gt; quoted", "> quoted" },
        { "snake_case_name and 2*3*4", "snake\\_case\\_name and 2\\*3\\*4" },
        { "* not bold *", "\\* not bold \\*" },
        { "# not a heading", "\\# not a heading" },
        { "[not a link](x)", "\\[not a link\\](x)" },
        { "*unclosed and <unclosed", "\\*unclosed and \\<unclosed" },
        { "*bold*, then _it_.", "**bold**, then _it_." },
    };

    [Theory]
    [MemberData(nameof(ToMarkdownCases))]
    public void Mrkdwn_becomes_markdown(string mrkdwn, string markdown)
        => Assert.Equal(markdown, Mrkdwn.ToMarkdown(mrkdwn, Names));

    public static TheoryData<string, string> ToTextCases => new()
    {
        { "*Deploy* at 5pm, _maybe_ ~not~ today", "Deploy at 5pm, maybe not today" },
        { "<@U1> see <#C1|engineering> and <https://x.example|the handbook>", "@Ada see #engineering and the handbook" },
        { "<https://x.example>", "https://x.example" },
        { "<mailto:ada@example.com>", "ada@example.com" },
        { "a &lt;b&gt; &amp; `c`", "a <b> & c" },
    };

    [Theory]
    [MemberData(nameof(ToTextCases))]
    public void Mrkdwn_becomes_text_for_titles_and_previews(string mrkdwn, string text)
        => Assert.Equal(text, Mrkdwn.ToText(mrkdwn, Names));

    public static TheoryData<string, string> FromMarkdownCases => new()
    {
        { "Reproduced on **staging**.", "Reproduced on *staging*." },
        { "*italic* and _italic_", "_italic_ and _italic_" },
        { "***both***", "*_both_*" },
        { "~~gone~~", "~gone~" },
        { "see [the log](https://example.com/log?a=1&b=2)", "see <https://example.com/log?a=1&amp;b=2|the log>" },
        { "<https://example.com>", "<https://example.com>" },
        { "a < b && c > d", "a &lt; b &amp;&amp; c &gt; d" },
        { "`x < y` stays code", "`x &lt; y` stays code" },
        { "```csharp\nvar x = 1 < 2;\n```", "```\nvar x = 1 &lt; 2;\n```" },
        { "## Heading", "*Heading*" },
        { "- one\n- two", "• one\n• two" },
        { "snake_case stays", "snake_case stays" },
        { "escaped \\*star\\*", "escaped *star*" },
        { "> quoted", "&gt; quoted" },
    };

    [Theory]
    [MemberData(nameof(FromMarkdownCases))]
    public void A_plot_notes_markdown_becomes_mrkdwn(string markdown, string mrkdwn)
        => Assert.Equal(mrkdwn, Mrkdwn.FromMarkdown(markdown));

    [Theory]
    [InlineData("Reproduced on **staging**, see [the log](https://example.com/log) and `a<b`.")]
    [InlineData("**bold _and italic_** with ~~strike~~")]
    [InlineData("```\nmake deploy\n```")]
    [InlineData("a \\<b> & c")]
    public void Markdown_written_back_comes_back_the_same_from_the_next_sync(string markdown)
        => Assert.Equal(markdown, Mrkdwn.ToMarkdown(Mrkdwn.FromMarkdown(markdown)));

    [Fact]
    public void Mentioned_users_are_listed_once_in_order_and_not_from_code()
        => Assert.Equal(["U2", "U1"], Mrkdwn.MentionedUsers("<@U2> and <@U1|ada>, again <@U2>, `<@U3>` ```<@U4>``` <#C1|general> <!here>"));

    [Theory]
    [InlineData("short", 50, "short")]
    [InlineData("first line\nsecond line", 50, "first line")]
    [InlineData("Who can review the pull request about the flaky deploy test today?", 30, "Who can review the pull…")]
    [InlineData("Averyveryverylongwordwithoutanyspaceinit", 10, "Averyvery…")]
    public void The_first_line_is_cut_at_a_word(string text, int maxLength, string expected)
        => Assert.Equal(expected, Mrkdwn.FirstLine(text, maxLength));
}
