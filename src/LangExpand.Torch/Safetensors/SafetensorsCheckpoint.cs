using System.Text.RegularExpressions;
using LangExpand.Core.Diagnostics;
using static TorchSharp.torch;

namespace LangExpand.Torch.Safetensors;

/// <summary>
/// The weights of a Hugging Face-layout model directory: <c>model.safetensors</c>, or shards
/// <c>model-00001-of-0000N.safetensors</c> listed by <c>model.safetensors.index.json</c>.
/// </summary>
public static partial class SafetensorsCheckpoint
{
    /// <summary>The single-file weights' name.</summary>
    public const string SingleFileName = "model.safetensors";

    /// <summary>
    /// All tensors of the checkpoint in <paramref name="directory"/> (sharded when it has an index), converted to
    /// <paramref name="dtype"/> and moved to <paramref name="device"/> when given. Every tensor the index lists must be
    /// in the shard it names, and every tensor of a shard must be listed.
    /// </summary>
    public static Dictionary<string, Tensor> Load(string directory, ScalarType? dtype = null, Device? device = null, int chunkBytes = ByteChunks.DefaultChunkBytes)
    {
        var tensors = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        try
        {
            foreach (var file in WeightFiles(directory))
            {
                using (file)
                {
                    foreach (var (name, tensor) in SafetensorsReader.Load(file, file.Header.Tensors, dtype, device, chunkBytes))
                    {
                        tensors.Add(name, tensor);
                    }
                }
            }
            return tensors;
        }
        catch
        {
            foreach (var tensor in tensors.Values)
            {
                tensor.Dispose();
            }
            throw;
        }
    }

    /// <summary>
    /// Checks the weight files of the checkpoint in <paramref name="directory"/> without reading tensor data: each header
    /// parses and fits its file, and a sharded checkpoint's index and shards agree (the checks <see cref="Load"/> makes first).
    /// </summary>
    public static void CheckHeaders(string directory)
    {
        foreach (var file in WeightFiles(directory))
        {
            file.Dispose();
        }
    }

    /// <summary>
    /// The weight files of the checkpoint in <paramref name="directory"/>, opened one at a time (the caller disposes each):
    /// the single file, or each shard the index names, checked against the index.
    /// </summary>
    private static IEnumerable<SafetensorsFile> WeightFiles(string directory)
    {
        var indexPath = Path.Combine(directory, SafetensorsIndex.FileName);
        if (!File.Exists(indexPath))
        {
            yield return SafetensorsFile.Open(Path.Combine(directory, SingleFileName));
            yield break;
        }
        foreach (var shard in SafetensorsIndex.Read(indexPath).WeightMap.GroupBy(pair => pair.Value, StringComparer.Ordinal))
        {
            var file = SafetensorsFile.Open(Path.Combine(directory, shard.Key));
            try
            {
                CheckShard(file, shard.Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal), indexPath);
            }
            catch
            {
                file.Dispose();
                throw;
            }
            yield return file;
        }
    }

    /// <summary>
    /// Writes <paramref name="tensors"/> to <paramref name="directory"/>: one <c>model.safetensors</c> when they fit in
    /// <paramref name="maxShardBytes"/>, else shards filled in ordinal name order (a tensor larger than the limit gets a
    /// shard of its own) plus the index. Writes over earlier weight files of the same names.
    /// </summary>
    public static void Save(string directory, IReadOnlyDictionary<string, Tensor> tensors, long maxShardBytes = long.MaxValue,
        IReadOnlyDictionary<string, string>? metadata = null, int chunkBytes = ByteChunks.DefaultChunkBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxShardBytes);
        Directory.CreateDirectory(directory);
        var shards = Shards(tensors.Select(pair => SafetensorsWriter.Spec(pair.Key, pair.Value)), maxShardBytes);
        var indexPath = Path.Combine(directory, SafetensorsIndex.FileName);
        if (shards.Count <= 1)
        {
            SafetensorsWriter.Save(Path.Combine(directory, SingleFileName), tensors, metadata, chunkBytes);
            File.Delete(indexPath);
            RemoveOtherWeightFiles(directory, [SingleFileName]);
            return;
        }
        var weightMap = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < shards.Count; i++)
        {
            var fileName = $"model-{i + 1:D5}-of-{shards.Count:D5}.safetensors";
            var shard = shards[i].ToDictionary(spec => spec.Name, spec => tensors[spec.Name], StringComparer.Ordinal);
            SafetensorsWriter.Save(Path.Combine(directory, fileName), shard, metadata, chunkBytes);
            foreach (var name in shard.Keys)
            {
                weightMap.Add(name, fileName);
            }
        }
        new SafetensorsIndex(weightMap, shards.Sum(shard => shard.Sum(spec => spec.ByteLength))).Write(indexPath);
        RemoveOtherWeightFiles(directory, [.. weightMap.Values]);
    }

    /// <summary>
    /// Deletes the weight files of an earlier save that this one did not write (a single file replaced by shards, or shards
    /// of another count), so that no loader, ours or Hugging Face's, finds stale weights beside the new ones.
    /// </summary>
    private static void RemoveOtherWeightFiles(string directory, IReadOnlyCollection<string> written)
    {
        foreach (var path in Directory.EnumerateFiles(directory, "model*.safetensors"))
        {
            var name = Path.GetFileName(path);
            if ((name == SingleFileName || ShardName().IsMatch(name)) && !written.Contains(name))
            {
                File.Delete(path);
            }
        }
    }

    [GeneratedRegex(@"^model-\d{5}-of-\d{5}\.safetensors$")]
    private static partial Regex ShardName();

    /// <summary>Groups tensors, in ordinal name order, into shards of at most <paramref name="maxShardBytes"/> data bytes.</summary>
    public static IReadOnlyList<IReadOnlyList<SafetensorsTensorSpec>> Shards(IEnumerable<SafetensorsTensorSpec> tensors, long maxShardBytes)
    {
        var shards = new List<IReadOnlyList<SafetensorsTensorSpec>>();
        var current = new List<SafetensorsTensorSpec>();
        long size = 0;
        foreach (var spec in tensors.OrderBy(spec => spec.Name, StringComparer.Ordinal))
        {
            if (current.Count > 0 && size + spec.ByteLength > maxShardBytes)
            {
                shards.Add(current);
                current = [];
                size = 0;
            }
            current.Add(spec);
            size += spec.ByteLength;
        }
        if (current.Count > 0)
        {
            shards.Add(current);
        }
        return shards;
    }

    private static void CheckShard(SafetensorsFile file, HashSet<string> listed, string indexPath)
    {
        foreach (var name in listed.Where(name => !file.Header.ByName.ContainsKey(name)).Take(1))
        {
            throw SafetensorsHeader.Malformed(indexPath, $"the checkpoint index puts '{name}' in {Path.GetFileName(file.Path)}, which does not hold it",
                "every listed tensor in the shard the index names");
        }
        foreach (var tensor in file.Header.Tensors.Where(tensor => !listed.Contains(tensor.Name)).Take(1))
        {
            throw SafetensorsHeader.Malformed(indexPath, $"{Path.GetFileName(file.Path)} holds '{tensor.Name}', which the index does not list there",
                "the index to list every tensor of every shard");
        }
    }
}
