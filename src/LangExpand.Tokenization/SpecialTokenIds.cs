namespace LangExpand.Tokenization;

/// <summary>The ids of a tokenizer's special tokens.</summary>
/// <param name="Pad">Padding (<c>[PAD]</c> / <c>&lt;pad&gt;</c>).</param>
/// <param name="Unknown">Unknown (<c>[UNK]</c> / <c>&lt;unk&gt;</c>).</param>
/// <param name="Mask">Mask for masked-language modelling (<c>[MASK]</c> / <c>&lt;mask&gt;</c>).</param>
/// <param name="Cls">Sequence start (<c>[CLS]</c> / <c>&lt;s&gt;</c>, also BOS).</param>
/// <param name="Sep">Sequence end (<c>[SEP]</c> / <c>&lt;/s&gt;</c>, also EOS).</param>
public sealed record SpecialTokenIds(int Pad, int Unknown, int Mask, int Cls, int Sep)
{
    /// <summary>Whether <paramref name="id"/> is one of the special ids.</summary>
    public bool Contains(int id) => id == Pad || id == Unknown || id == Mask || id == Cls || id == Sep;
}
