using LangExpand.Core.Diagnostics;

namespace LangExpand.Synthesis;

/// <summary>The range checks of synthesis options, with the option named in the error.</summary>
internal static class SynthesisRanges
{
    /// <summary>A share of words: a number from 0 to 1.</summary>
    public static void Share(string option, double value)
    {
        if (value is not (>= 0 and <= 1))
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"{option} {value} is not a share of words", expected: $"{option} from 0 to 1");
        }
    }

    /// <summary>A count: 0 or more.</summary>
    public static void Count(string option, long value)
    {
        if (value < 0)
        {
            throw new LangExpandException(ErrorCode.InvalidOption, $"{option} {value} is negative", expected: $"{option} 0 or more");
        }
    }
}
