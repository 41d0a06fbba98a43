using System.Text;
using System.Text.Json.Nodes;
using LangExpand.Core.Annotated;
using LangExpand.Core.Diagnostics;

namespace LangExpand.Core.Tests.Annotated;

public sealed class TaggedAndUtteranceFileTests
{
    private static MemoryStream Bytes(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Token_tag_files_round_trip_and_keep_sentence_boundaries()
    {
        const string text = "John\tB-PER\nSmith\tI-PER\nsleeps\tO\n\nParis\tB-LOC\n\n";
        var sentences = TaggedTokenFile.Read(Bytes(text), "ner.tsv").ToList();
        var writer = new StringWriter();

        TaggedTokenFile.Write(sentences, writer);

        Assert.Equal([3, 1], sentences.Select(s => s.Tokens.Count));
        Assert.Equal(5, sentences[1].LineNumber);
        Assert.Equal(text, writer.ToString());
    }

    [Theory]
    [InlineData("John\n", "found 1 column")]
    [InlineData("John\tB-PER\tx\n", "found 3 columns")]
    [InlineData("ok\tO\n\tO\n", "found 2 columns")]
    public void Malformed_token_tag_lines_are_rejected_with_file_and_line(string text, string problem)
    {
        var error = Assert.Throws<LangExpandException>(() => TaggedTokenFile.Read(Bytes(text), "ner.tsv").ToList());

        Assert.Contains(problem, error.Message);
        Assert.Matches(@"^ner\.tsv:\d+:", error.Message);
    }

    [Fact]
    public void Reading_tokens_accepts_lines_with_and_without_labels()
    {
        var sentences = TaggedTokenFile.ReadTokens(Bytes("John\nSmith\tI-PER\n\nParis\n"), "text.tsv").ToList();

        Assert.Equal(["John/", "Smith/I-PER", "Paris/"], sentences.SelectMany(s => s.Tokens).Select(t => $"{t.Token}/{t.Label}"));
        Assert.Equal([1, 4], sentences.Select(s => s.LineNumber));
    }

    [Theory]
    [InlineData("John\tB-PER\tx\n", "found 3 columns")]
    [InlineData("ok\n\tO\n", "found 2 columns")]
    [InlineData("ok\tO\nJohn\t\n", "found 2 columns")]
    public void Malformed_lines_are_rejected_when_reading_tokens_too(string text, string problem)
    {
        var error = Assert.Throws<LangExpandException>(() => TaggedTokenFile.ReadTokens(Bytes(text), "text.tsv").ToList());

        Assert.Contains(problem, error.Message);
        Assert.Matches(@"^text\.tsv:\d+:", error.Message);
    }

    [Theory]
    [InlineData("wake me up at [time : five am]", "wake me up at |time=five am")]
    [InlineData("[device_type : lights] off please", "device_type=lights| off please")]
    [InlineData("no slots here", "no slots here")]
    [InlineData("[a : x][b : y]", "a=x|b=y")]
    public void Slot_annotations_parse_into_segments_and_format_back(string annotated, string expected)
    {
        var segments = SlotAnnotation.TryParse(annotated, out _)!;

        Assert.Equal(expected, string.Join('|', segments.Select(s => s.Slot is null ? s.Text : $"{s.Slot}={s.Text}")));
        Assert.Equal(annotated, SlotAnnotation.Format(segments));
    }

    [Theory]
    [InlineData("wake [time : five am")]
    [InlineData("wake ] me")]
    [InlineData("wake [time five am]")]
    [InlineData("[a : [b : c]]")]
    public void Malformed_slot_annotations_do_not_parse(string annotated)
    {
        Assert.Null(SlotAnnotation.TryParse(annotated, out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void Utterance_files_keep_every_field_and_write_non_ascii_text_unescaped()
    {
        const string line = """{"id":"1","utt":"réveille-moi à cinq heures","annot_utt":"réveille-moi à [time : cinq heures]","intent":"alarm_set"}""";
        var records = UtteranceFile.Read(Bytes(line + "\n"), "u.jsonl").ToList();
        var writer = new StringWriter();

        UtteranceFile.Write(records, writer);

        Assert.Equal("cinq heures", records[0].Segments[1].Text);
        Assert.Equal(line + "\n", writer.ToString());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(line), JsonNode.Parse(writer.ToString())));
    }

    [Theory]
    [InlineData("{\"utt\": \"x\"}", "no string 'annot_utt'")]
    [InlineData("[1, 2]", "not a JSON object")]
    [InlineData("{\"annot_utt\": ", "invalid JSON")]
    [InlineData("{\"annot_utt\": \"a [b c]\"}", "not '[name : value]'")]
    public void Malformed_utterance_lines_are_rejected_with_file_and_line(string text, string problem)
    {
        var error = Assert.Throws<LangExpandException>(() => UtteranceFile.Read(Bytes("\n" + text + "\n"), "u.jsonl").ToList());

        Assert.StartsWith("u.jsonl:2:", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Theory]
    [InlineData("{\"annot_utt\": \"\\ud800\"}", "not valid Unicode")]
    [InlineData("{\"\\udc00\": 1, \"annot_utt\": \"a\"}", "not valid Unicode")]
    [InlineData("{\"annot_utt\": \"a\", \"annot_utt\": \"b\"}", "invalid JSON")]
    public void Lone_surrogate_escapes_and_duplicate_keys_are_malformed_lines_with_file_and_line(string text, string problem)
    {
        var error = Assert.Throws<LangExpandException>(() => UtteranceFile.Read(Bytes("\n" + text + "\n"), "u.jsonl").ToList());

        Assert.Equal(ErrorCode.MalformedLine, error.Code);
        Assert.StartsWith("u.jsonl:2:", error.Message);
        Assert.Contains(problem, error.Message);
    }
}
