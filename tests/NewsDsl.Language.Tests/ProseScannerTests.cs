using System;
using NewsDsl.Language.Parsing;
using NewsDsl.Language.Rules;
using Xunit;

namespace NewsDsl.Language.Tests;

/// <summary>
/// The rules' own copies of what they read in their hot loops must mean what the originals mean: an inlined
/// word-character test, and name variants and surnames as ranges of the declared name instead of new strings.
/// </summary>
public class ProseScannerTests
{
    [Fact]
    public void The_inlined_word_character_test_agrees_with_the_parser_on_every_character()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.True(
                CharacterClasses.IsWordChar((char)c) == ProseScanner.IsWordChar((char)c),
                $"U+{c:X4}: parser {CharacterClasses.IsWordChar((char)c)}, rules {ProseScanner.IsWordChar((char)c)}");
        }
    }

    [Theory]
    [InlineData("the Pentagon")]
    [InlineData("  The  Times ")]
    [InlineData("THE Foo")]
    [InlineData("\tthe x")]
    [InlineData("the ")]
    [InlineData("the")]
    [InlineData("Lee")]
    [InlineData("L")]
    [InlineData(" L ")]
    [InlineData("Mary Ann  Lee ")]
    [InlineData("Ann\u00A0Lee\u2003")]
    [InlineData("thesis")]
    [InlineData("")]
    public void A_name_variant_as_a_range_is_the_variant_the_string_form_gives(string value)
    {
        int start = 0, length = value.Length;
        var found = ProseScanner.NameVariantRange(value, ref start, ref length);
        var expected = OldNameVariant(value);
        Assert.Equal(expected is not null, found);
        if (expected is not null)
        {
            Assert.Equal(expected, value.Substring(start, length));
            Assert.Equal(expected, ProseScanner.NameVariant(value));
        }
        else
        {
            Assert.Null(ProseScanner.NameVariant(value));
        }
    }

    [Fact]
    public void Only_what_the_string_form_takes_for_a_leading_the_is_dropped_whatever_the_first_letter()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var value = (char)c + "HE Lee";
            int start = 0, length = value.Length;
            ProseScanner.NameVariantRange(value, ref start, ref length);
            Assert.True(OldNameVariant(value) == value.Substring(start, length), $"U+{c:X4}");
        }
    }

    [Theory]
    [InlineData("Mary Ann Lee")]
    [InlineData("Lee")]
    [InlineData(" Lee")]
    [InlineData("Lee ")]
    [InlineData("Kim  Lee  ")]
    [InlineData("  ")]
    [InlineData("")]
    [InlineData("Ann\tLee")]
    public void A_surname_as_a_range_is_the_surname_the_string_form_gives(string name)
    {
        var (start, length) = ProseScanner.SurnameRange(name);
        var expected = OldSurname(name);
        Assert.Equal(expected, length > 0 ? name.Substring(start, length) : null);
        Assert.Equal(expected, ProseScanner.Surname(name));
    }

    // The string forms as they were before the ranges (0.3), kept here as the oracle.
    private static string? OldNameVariant(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed.Substring(4);
        }

        return trimmed.Length >= 2 ? trimmed : null;
    }

    private static string? OldSurname(string name)
    {
        var words = name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 ? words[words.Length - 1] : null;
    }
}
