using System.Globalization;
using Twister.Generated;
using Twister.Runtime;

namespace Twister.Tests.Generated;

/// <summary>The readers generated <c>OptionsFrom</c> calls: invariant strings in, the option's type out, a missing key as its default.</summary>
public sealed class OptionValuesTests
{
    private static readonly Dictionary<string, string> Values = new(StringComparer.Ordinal)
    {
        ["flag"] = "True",
        ["count"] = "-42",
        ["big"] = "9223372036854775807",
        ["ratio"] = "1.5E-3",
        ["money"] = "-0.10",
        ["text"] = "  as is  ",
        ["empty"] = "",
    };

    [Fact]
    public void Each_reader_parses_the_invariant_form_whatever_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
        try
        {
            Assert.True(OptionValues.Boolean(Values, "flag", false));
            Assert.Equal(-42, OptionValues.Int32(Values, "count", 0));
            Assert.Equal(long.MaxValue, OptionValues.Int64(Values, "big", 0));
            Assert.Equal(0.0015, OptionValues.Double(Values, "ratio", 0));
            Assert.Equal(-0.10m, OptionValues.Decimal(Values, "money", 0));
            Assert.Equal("  as is  ", OptionValues.Text(Values, "text", "default"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void A_missing_key_returns_the_default_given()
    {
        Assert.True(OptionValues.Boolean(Values, "missing", true));
        Assert.Equal(7, OptionValues.Int32(Values, "missing", 7));
        Assert.Equal(8L, OptionValues.Int64(Values, "missing", 8L));
        Assert.Equal(0.5, OptionValues.Double(Values, "missing", 0.5));
        Assert.Equal(2.5m, OptionValues.Decimal(Values, "missing", 2.5m));
        Assert.Equal("d", OptionValues.Text(Values, "missing", "d"));
        Assert.Equal("d", OptionValues.NullableText(Values, "missing", "d"));
        Assert.Null(OptionValues.NullableText(Values, "missing", null));
    }

    [Fact]
    public void An_empty_value_is_empty_text_or_a_null_nullable_text()
    {
        Assert.Equal("", OptionValues.Text(Values, "empty", "d"));
        Assert.Null(OptionValues.NullableText(Values, "empty", "d"));
    }

    [Fact]
    public void An_unreadable_value_names_the_key_the_value_and_what_was_expected()
    {
        var error = Assert.Throws<OptionValueException>(() => OptionValues.Int32(Values, "money", 0));

        Assert.Equal("money", error.Key);
        Assert.Equal("Option 'money' has the value '-0.10', which is not a whole number from -2147483648 to 2147483647.", error.Message);
        Assert.Throws<OptionValueException>(() => OptionValues.Boolean(Values, "count", false));
        Assert.Throws<OptionValueException>(() => OptionValues.Int64(Values, "ratio", 0));
        Assert.Throws<OptionValueException>(() => OptionValues.Double(Values, "text", 0));
        Assert.Throws<OptionValueException>(() => OptionValues.Decimal(Values, "flag", 0));
    }

    [Fact]
    public void A_null_value_map_is_an_argument_error()
        => Assert.Throws<ArgumentNullException>(() => OptionValues.Text(null!, "text", ""));
}
