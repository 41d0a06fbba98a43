namespace LangExpand.Adaptation.Modeling;

/// <summary>The pretrained encoder families whose checkpoints map one to one onto <see cref="MaskedLanguageModel"/>.</summary>
public enum EncoderFamily
{
    /// <summary>BERT (<c>model_type</c> <c>bert</c>): positions from 0, head under <c>cls.predictions</c>, backbone under <c>bert.</c>.</summary>
    Bert,

    /// <summary>XLM-R / RoBERTa (<c>xlm-roberta</c>, <c>roberta</c>): positions from <c>pad_token_id + 1</c>, head <c>lm_head</c>, backbone <c>roberta.</c>.</summary>
    XlmRoberta,
}
