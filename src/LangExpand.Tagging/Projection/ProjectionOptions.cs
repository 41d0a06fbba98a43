using LangExpand.Core.Diagnostics;

namespace LangExpand.Tagging.Projection;

/// <summary>How projected tags are filtered into training data (see <see cref="TagProjector"/>).</summary>
/// <param name="MinLabelledShare">A target sentence is kept when at least this share of its words end up labelled (0–1).</param>
/// <param name="TypeMinCount">A word type fills its unaligned occurrences only when it was projected onto at least this often.</param>
/// <param name="TypeMinShare">… and when its most frequent projected tag has at least this share of those projections (0–1).</param>
/// <param name="Seed">Seed of the source-language tagger's training.</param>
public sealed record ProjectionOptions(double MinLabelledShare = 1.0, int TypeMinCount = 3, double TypeMinShare = 0.5, int Seed = PeerTaggerOptions.DefaultSeed)
{
    /// <summary>Throws <see cref="LangExpandException"/> (invalid option) for a share outside 0–1 (or NaN) or a count below 1.</summary>
    public void Validate()
    {
        if (MinLabelledShare is not (>= 0 and <= 1) || TypeMinShare is not (>= 0 and <= 1) || TypeMinCount < 1)
        {
            throw new LangExpandException(ErrorCode.InvalidOption,
                $"invalid projection settings (--min-labelled {MinLabelledShare}, type share {TypeMinShare}, type count {TypeMinCount})",
                expected: "shares between 0 and 1 and a count of at least 1");
        }
    }
}
