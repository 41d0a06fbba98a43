// Trains a SentencePiece Unigram model with LangExpand.Tokenization and prints the training seconds.
// Usage: dotnet run tools/bench/TokenizerTrain.cs -c Release -- VERSES.tsv VOCAB_SIZE OUT.model
#:project ../../src/LangExpand.Tokenization
using System.Diagnostics;
using LangExpand.Tokenization;
using LangExpand.Tokenization.SentencePiece;
using LangExpand.Tokenization.Training;

var lines = TrainingText.ReadLines(args[0], tsvColumn: 2).ToList();
var watch = Stopwatch.StartNew();
var model = UnigramTrainer.Train(lines, new UnigramTrainerOptions { VocabularySize = int.Parse(args[1]) });
watch.Stop();
SentencePieceModelFile.Write(args[2], model);
var tokenizer = XlmRobertaTokenizer.Load(args[2]);
var tokens = lines.Sum(l => tokenizer.Encode(l, addSpecialTokens: false).Count);
var words = lines.Sum(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
Console.WriteLine($"{watch.Elapsed.TotalSeconds:F3} seconds, {model.Pieces.Count} pieces, {(double)tokens / words:F3} tokens per word");
