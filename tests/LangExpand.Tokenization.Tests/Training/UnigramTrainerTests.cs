using LangExpand.Core.Diagnostics;
using LangExpand.TestKit;
using LangExpand.Tokenization.SentencePiece;
using LangExpand.Tokenization.Training;

namespace LangExpand.Tokenization.Tests.Training;

public class UnigramTrainerTests
{
    private static readonly UnigramTrainerOptions Small = new() { VocabularySize = 80 };

    [Fact]
    public void The_same_text_and_options_give_the_same_bytes()
    {
        var first = SentencePieceModelFile.Serialize(UnigramTrainer.Train(SampleText.Agglutinative, Small));
        var second = SentencePieceModelFile.Serialize(UnigramTrainer.Train(SampleText.Agglutinative.ToList(), Small));
        Assert.Equal(first, second);
    }

    [Fact]
    public void The_model_has_the_special_pieces_the_vocabulary_size_and_every_character()
    {
        var model = UnigramTrainer.Train(SampleText.Agglutinative, Small);
        Assert.Equal(UnigramTrainer.SpecialPieces, model.Pieces.Take(3));
        Assert.Equal(80, model.Pieces.Count);
        Assert.Equal(80, model.Trainer.VocabSize);
        var pieces = model.Pieces.Select(p => p.Piece).ToHashSet();
        var characters = SampleText.Agglutinative.SelectMany(l => l).Where(c => c != ' ').Distinct();
        Assert.All(characters, c => Assert.Contains(c.ToString(), pieces));
        Assert.Contains("\u2581", pieces);
        Assert.All(model.Pieces.Skip(3), p => Assert.DoesNotContain('\u2581', p.Piece[1..]));
    }

    [Fact]
    public void Frequent_stems_become_single_pieces()
    {
        var model = UnigramTrainer.Train(SampleText.Agglutinative, Small);
        var pieces = model.Pieces.Select(p => p.Piece).ToHashSet();
        Assert.Contains("\u2581talo", pieces);
        Assert.Contains("\u2581vesi", pieces);
    }

    [Fact]
    public void The_library_segments_a_written_model_as_the_trainers_viterbi_does()
    {
        using var scratch = new ScratchDirectory();
        var model = UnigramTrainer.Train(SampleText.Agglutinative, Small);
        var path = scratch.Path("toy.model");
        SentencePieceModelFile.Write(path, model);
        var tokenizer = XlmRobertaTokenizer.Load(path);
        var lattice = new Lattice(new PieceTable(model.Pieces.Select(p => p.Piece).ToArray(), model.Pieces.Select(p => (double)p.Score).ToArray()));
        foreach (var word in SampleText.Agglutinative.SelectMany(l => l.Split(' ')).Distinct().Append("kalastamme"))
        {
            var expected = lattice.Viterbi("\u2581" + word).Select(piece => piece + 1);
            Assert.Equal(expected, tokenizer.Encode(word, addSpecialTokens: false));
        }
    }

    [Fact]
    public void Text_without_words_is_not_enough()
    {
        var error = Assert.Throws<LangExpandException>(() => UnigramTrainer.Train([" ", ""], Small));
        Assert.Equal(ErrorCode.NotEnoughData, error.Code);
    }

    [Fact]
    public void Digamma_matches_known_values()
    {
        Assert.Equal(-0.5772156649, UnigramEm.Digamma(1), 9);
        Assert.Equal(0.9227843351, UnigramEm.Digamma(3), 9);
        Assert.Equal(Math.Log(100) - 0.005 - 1.0 / 120000, UnigramEm.Digamma(100), 9);
    }

    [SharedDataFact("bible-nt-tsv/Wolaytta-NT.tsv")]
    public void A_new_testament_trains_to_an_eight_thousand_piece_model()
    {
        var lines = TrainingText.ReadLines(SharedData.Path("bible-nt-tsv", "Wolaytta-NT.tsv"), tsvColumn: 2).ToList();
        var model = UnigramTrainer.Train(lines);
        Assert.Equal(8000, model.Pieces.Count);
        var tokenizer = XlmRobertaTokenizer.FromModel(model);
        Assert.DoesNotContain(tokenizer.Special.Unknown, lines.Take(200).SelectMany(l => tokenizer.Encode(l)));
    }
}
