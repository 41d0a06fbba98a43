namespace LangExpand.Core.Features;

/// <summary>The two spellings of a feature bundle found in UniMorph and SIGMORPHON data.</summary>
public enum FeatureSyntax
{
    /// <summary>UniMorph: <c>V;PST;3;SG</c>, including UniMorph 4 layered features <c>V;IMP;ACC(2,SG)</c> (2017–2023).</summary>
    UniMorph,

    /// <summary>SIGMORPHON 2016: <c>pos=V,tense=PST,num={DU/PL}</c>.</summary>
    KeyValue,
}
