using System.Text;
using LangExpand.Core.Annotated;
using LangExpand.Lexicons;
using LangExpand.Synthesis.Labelled;
using LangExpand.Synthesis.Substitution;

namespace LangExpand.Synthesis.Tests.Labelled;

public sealed class UtteranceSynthesizerTests
{
    private static LexiconEntry Entry(string source, string target) =>
        new(new LexiconSide(source), new LexiconSide(target), 1, LexiconDirection.Both, new LexiconProvenance("toy.tsv", 5));

    private static readonly TranslationIndex Index = new([Entry("wake", "despierta"), Entry("me", "me"), Entry("five am", "las cinco"), Entry("at", "a")]);

    private static UtteranceRecord Synthesize(string json)
    {
        var record = UtteranceFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(json + "\n")), "in.jsonl").Single();
        var text = new TextSynthesizer(new SubstitutionPlanner(Index, null, oneToOne: false), null);
        return new UtteranceSynthesizer(text, new LabelledSynthesisOptions(new ChoicePolicy())).Synthesize([record], new SynthesisStatistics()).Single();
    }

    [Fact]
    public void Slot_brackets_stay_around_the_translated_value_and_the_intent_is_untouched()
    {
        var output = Synthesize("""{"id":"1","utt":"wake me up at five am","annot_utt":"wake me up at [time : five am]","intent":"alarm_set"}""");

        Assert.Equal("despierta me up a [time : las cinco]", output.Json["annot_utt"]!.GetValue<string>());
        Assert.Equal("despierta me up a las cinco", output.Json["utt"]!.GetValue<string>());
        Assert.Equal("alarm_set", output.Json["intent"]!.GetValue<string>());
        Assert.Equal("1", output.Json["id"]!.GetValue<string>());
    }

    [Fact]
    public void Substitutions_are_listed_with_their_slot_entry_and_inflection()
    {
        var output = Synthesize("""{"annot_utt":"wake me up at [time : five am]","intent":"alarm_set"}""");
        var substitutions = output.Json[UtteranceSynthesizer.ProvenanceField]!["substitutions"]!.AsArray();

        Assert.Equal(4, substitutions.Count);
        Assert.Equal("""{"source":"five am","target":"las cinco","entry":"toy.tsv:5","inflection":"copied","confidence":0.9,"slot":"time"}""",
            substitutions[3]!.ToJsonString());
        Assert.False(output.Json.ContainsKey("utt"));
    }
}
