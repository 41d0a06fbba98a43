using LangExpand.Core.Annotated;
using LangExpand.Core.Diagnostics;
using LangExpand.Core.Features;
using LangExpand.Core.FiniteState;
using LangExpand.Core.Languages;
using LangExpand.Lexicons.Apertium;
using LangExpand.Lexicons.Formats;
using LangExpand.Morphology.Apertium;
using LangExpand.Morphology.Data;
using LangExpand.Parallel.Text;
using LangExpand.Parallel.Verses;

namespace LangExpand.Fuzz;

/// <summary>Every reader of user files: lexicon formats, inflection data, CoNLL-U and the labelled formats, parallel text and Bibles.</summary>
public static class ReaderTargets
{
    private static readonly LanguageCode English = LanguageCode.Parse("eng"), Spanish = LanguageCode.Parse("spa");

    private const string PanLexEnglish = "id\tlangvar\ttxt\ttxt_degr\tmeaning\tlangvar_uid\n10\t187\thouse\thouse\t500\teng-000\n11\t187\tdog\tdog\t501\teng-000\n";

    private const string MosesEnglish = "the house\nthe dog runs\nhello\n";

    private const string Conllu = "# text = The cat sings\n1\tThe\tthe\tDET\t_\t_\t2\tdet\t_\t_\n2\tcat\tcat\tNOUN\t_\tNumber=Sing\t3\tnsubj\t_\t_\n"
        + "3\tsings\tsing\tVERB\t_\tMood=Ind|Number=Sing|Person=3|Tense=Pres\t0\troot\t_\t_\n\n";

    /// <summary>The readers, each with its sample and shared seed files.</summary>
    public static IReadOnlyList<ReaderTarget> All { get; } =
    [
        new("lexicon-tsv", "eng-spa.tsv", "source\ttarget\nhouse\tcasa\ndog\tperro\n", [], (s, n) => LexiconTsvReader.Read(s, n).Count()),
        new("muse", "en-es.txt", "house casa\ndog perro\nthe el\n", [], (s, n) => MuseReader.Read(s, n).Count()),
        new("panlex", "spa.tsv", "20\t666\tcasa\tcasa\t500\tspa-000\n22\t666\tperro\tperro\t501\tspa-000\n", [],
            (s, n) => PanLexReader.Read(Stream(PanLexEnglish), "eng.tsv", s, n).Count()),
        new("wiktionary", "en.jsonl",
            """{"word": "house", "pos": "noun", "lang_code": "en", "translations": [{"lang": "Spanish", "code": "es", "word": "casa", "tags": ["feminine"]}]}""" + "\n"
            + """{"word": "run", "pos": "verb", "lang_code": "en", "senses": [{"translations": [{"lang_code": "es", "word": "correr"}]}]}""" + "\n",
            [], (s, n) => WiktionaryReader.Read(s, n, Spanish, English).Count()),
        new("apertium-dix", "eu-en.dix", """
            <dictionary><pardefs><pardef n="etxe__n"><e><p><l>a</l><r>a<s n="sg"/></r></p></e><e><p><l>ak</l><r>a<s n="pl"/></r></p></e></pardef></pardefs>
            <section id="main" type="standard">
            <e><p><l>etxe<s n="n"/></l><r>house<s n="n"/></r></p></e>
            <e r="RL"><p><l>etxe<s n="n"/></l><r>home<s n="n"/></r></p></e>
            <e><i>etxe</i><par n="etxe__n"/></e>
            </section></dictionary>
            """, [], (s, n) => DixReader.Read(s, n).Count()),
        new("apertium-att", "eng-spa.autobil.att", "0\t1\tc\tc\n1\t2\ta\ta\n2\t3\tt\tt\n3\t4\t<n>\t<n>\n4\n0\t5\td\tp\n5\t4\to\te\n", [],
            (s, n) => AttLexiconReader.Read(s, n)),
        new("att-transducer", "spa.att", "0\t1\tc\tc\t0.5\n1\t2\ta\t@0@\n2\n2\t0\t@_EPSILON_SYMBOL_@\t+\n", [], (s, n) => AttTextReader.Read(s, n)),
        new("lt-expand", "spa.expanded", "casa:casa<n><sg>\ncasas:casa<n><pl>\ncasaz:>:casa<n><pl>\n", [], (s, n) => LtExpandReader.Read(s, n)),
        new("inflection", "deu.trn", "gehen\tV;PST;1;SG\tging\ngehen\tV;PRS;3;SG\tgeht\nHaus\tN;NOM;PL\tHäuser\n",
            ["sigmorphon2023/*.trn", "sigmorphon2020-task0/*.trn", "sigmorphon-format-samples/*", "conll2017/task1/*-train-low"],
            (s, n) => InflectionReader.Read(s, n)),
        new("feature-bundle", "tags.txt", "V;PST;1;SG\nN;NOM(PL,PSS(1))\nV;{IND/SBJV};PRS\npos=V,tense=PST\n", [], (s, n) => ParseBundles(s, n)),
        new("conllu", "task.conllu", Conllu, ["ud/*.conllu"], (s, n) => ConlluReader.Read(s, n).Count()),
        new("tagged-tokens", "ner.tsv", "John\tB-PER\nSmith\tI-PER\nlives\tO\n\nParis\tB-LOC\n", [], (s, n) => TaggedTokenFile.Read(s, n).Count()),
        new("utterances", "massive.jsonl",
            """{"id":"1","utt":"wake me at five","annot_utt":"wake me at [time : five]","intent":"alarm_set"}""" + "\n", [],
            (s, n) => UtteranceFile.Read(s, n).Count()),
        new("verse-tsv", "rom.tsv", "# header language code: rom\nb.MAT.1.1\tEta so si ramome\nb.MAT.1.2\tO Abraham sas\n", ["bible-nt-tsv/*.tsv"],
            (s, n) => VerseTsvReader.Read(s, n)),
        new("ces-bible", "ssw.xml", """
            <cesDoc version="4"><cesHeader version="2"><profileDesc><langUsage><language id="ss" iso639="ssw">Swati</language></langUsage></profileDesc></cesHeader>
            <text><body id="Bible" lang="ss"><div id="b.NUM" type="book"><div id="b.NUM.15" type="chapter">
            <seg id="b.NUM.15.3" type="verse">Nenta yemlilo</seg><seg id="b.NUM.15.4" type="verse">Lotawunikela</seg>
            </div></div></body></text></cesDoc>
            """, [], (s, n) => CesBibleReader.Read(s, n)),
        new("diatheke", "kjv.txt", "Genesis 1:1: In the beginning God created the heaven and the earth.\n\nA Psalm of David.\n Psalms 3:1: LORD, how\n(engKJV2006eb)\n", [],
            (s, n) => DiathekePlainReader.Read(s, n)),
        new("parallel-tsv", "en-es.tsv", "the house\tla casa\nthe dog\tel perro\n", [], (s, n) => LinePairReader.Read(s, n, ParallelFormat.Tsv)),
        new("parallel-pipes", "en-fr.src-tgt", "the house ||| la maison\nhello ||| bonjour\n", ["alignment-gold/*.src-tgt"],
            (s, n) => LinePairReader.Read(s, n, ParallelFormat.Pipes)),
        new("moses", "es.txt", "la casa\nel perro corre\nhola\n", [], (s, n) => MosesReader.Read(Stream(MosesEnglish), "en.txt", s, n)),
        new("tmx", "memory.tmx", """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="none" creationtool="t"/><body>
            <tu tuid="1"><tuv xml:lang="en"><seg>Click <bpt i="1">&lt;b&gt;</bpt>Save</seg></tuv><tuv xml:lang="es-ES"><seg>Pulse <hi>Guardar</hi></seg></tuv></tu>
            <tu tuid="2"><tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="es"><seg>Hola</seg></tuv></tu>
            </body></tmx>
            """, [], (s, n) => TmxReader.Read(s, n, English, Spanish)),
    ];

    /// <summary>Parses every line of a stream as a feature bundle; a bad one is refused as the readers refuse it.</summary>
    private static void ParseBundles(Stream stream, string name)
    {
        foreach (var line in Core.IO.StrictTextReader.ReadLines(stream, name))
        {
            if (!FeatureBundle.TryParse(line.Text, out _, out var error))
            {
                throw new LangExpandException(ErrorCode.InvalidFeatureSyntax, error!, new SourceLocation(name, line.Number));
            }
        }
    }

    private static MemoryStream Stream(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));
}
