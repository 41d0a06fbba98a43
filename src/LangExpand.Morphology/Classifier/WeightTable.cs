namespace LangExpand.Morphology.Classifier;

/// <summary>
/// Where the weight of a (feature, tree part) pair lives: the hashing trick over a table of <c>2^bits</c> slots. The slot
/// is the top <c>bits</c> bits of a SplitMix64 mix of the feature's 64-bit key and the part id, so it is the same in
/// every process, and a loaded model finds its weights where training put them (collisions included).
/// </summary>
internal static class WeightTable
{
    /// <summary>The slot of <paramref name="feature"/> × <paramref name="part"/> in a table of <c>2^bits</c> slots.</summary>
    public static int Slot(ulong feature, int part, int bits)
    {
        var z = feature + ((ulong)part + 1) * 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)((z ^ (z >> 31)) >> (64 - bits));
    }
}
