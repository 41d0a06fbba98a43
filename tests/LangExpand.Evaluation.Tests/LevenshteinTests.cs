using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace LangExpand.Evaluation.Tests;

public class LevenshteinTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("flaw", "lawn", 2)]
    [InlineData("Walked", "walked", 1)]
    [InlineData("gehen", "gegangen", 4)]
    [InlineData("e\u0301", "\u00e9", 2)]
    public void Distance_counts_single_character_edits(string a, string b, int expected) =>
        Assert.Equal(expected, Levenshtein.Distance(a, b));

    [Theory]
    [InlineData("\U0001F600", "", 1)]
    [InlineData("\U0001F600a", "\U0001F601a", 1)]
    [InlineData("\U0001D538\U0001D539", "\U0001D539", 1)]
    [InlineData("x\U00020000y", "xy", 1)]
    public void Characters_outside_the_basic_plane_count_as_one_symbol(string a, string b, int expected) =>
        Assert.Equal(expected, Levenshtein.Distance(a, b));

    [Fact]
    public void A_lone_surrogate_counts_as_one_symbol_equal_only_to_itself()
    {
        // Written in code: attribute arguments are stored as UTF-8, which cannot hold a lone surrogate.
        const string high = "\ud800";
        const string low = "\udc00";
        Assert.Equal(1, Levenshtein.Distance(high, low));
        Assert.Equal(0, Levenshtein.Distance(high, high));
        Assert.Equal(1, Levenshtein.Distance("a" + high, "a"));
        Assert.Equal(2, Levenshtein.Distance(low + high, high + low));
    }

    [Theory]
    [InlineData(600, 0, 600)]
    [InlineData(1000, 1000, 0)]
    public void Long_strings_beyond_the_stack_buffer_are_measured_correctly(int aCount, int bCount, int expected) =>
        Assert.Equal(expected, Levenshtein.Distance(new string('a', aCount) + "x", new string('a', bCount) + "x"));

    [Property(Arbitrary = [typeof(SmallAlphabet)])]
    public bool Distance_matches_the_textbook_full_matrix_algorithm(string a, string b) =>
        Levenshtein.Distance(a, b) == Reference(a, b);

    [Property(Arbitrary = [typeof(SmallAlphabet)])]
    public bool Distance_from_a_string_to_itself_is_zero(string a) => Levenshtein.Distance(a, a) == 0;

    [Property(Arbitrary = [typeof(SmallAlphabet)])]
    public bool Distance_is_symmetric(string a, string b) => Levenshtein.Distance(a, b) == Levenshtein.Distance(b, a);

    [Property(Arbitrary = [typeof(SmallAlphabet)])]
    public bool Distance_obeys_the_triangle_inequality(string a, string b, string c) =>
        Levenshtein.Distance(a, c) <= Levenshtein.Distance(a, b) + Levenshtein.Distance(b, c);

    [Property(Arbitrary = [typeof(SmallAlphabet)])]
    public bool Distance_lies_between_the_length_difference_and_the_longer_length(string a, string b)
    {
        var (left, right) = (a.EnumerateRunes().Count(), b.EnumerateRunes().Count());
        var distance = Levenshtein.Distance(a, b);
        return Math.Abs(left - right) <= distance && distance <= Math.Max(left, right);
    }

    private static int Reference(string a, string b)
    {
        var x = a.EnumerateRunes().ToArray();
        var y = b.EnumerateRunes().ToArray();
        var table = new int[x.Length + 1, y.Length + 1];
        for (var i = 0; i <= x.Length; i++)
        {
            for (var j = 0; j <= y.Length; j++)
            {
                table[i, j] = i == 0 || j == 0
                    ? i + j
                    : Math.Min(table[i - 1, j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1), Math.Min(table[i - 1, j], table[i, j - 1]) + 1);
            }
        }
        return table[x.Length, y.Length];
    }

    /// <summary>Short strings over a few letters, a combining accent and two astral characters, so that symbols repeat.</summary>
    public static class SmallAlphabet
    {
        public static Arbitrary<string> Strings() =>
            Gen.ArrayOf(Gen.Elements("a", "b", "\u00e9", "\u0301", "\U0001F600", "\U0001F601"))
                .Select(string.Concat)
                .ToArbitrary();
    }
}
