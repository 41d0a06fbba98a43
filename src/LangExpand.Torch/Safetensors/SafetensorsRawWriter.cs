namespace LangExpand.Torch.Safetensors;

/// <summary>Writes a safetensors file from a planned header and a callback that writes each tensor's bytes.</summary>
public static class SafetensorsRawWriter
{
    /// <summary>
    /// Writes the encoded <paramref name="header"/>, then calls <paramref name="writeData"/> for each tensor in data
    /// order; each call must write exactly that tensor's <see cref="SafetensorsTensorInfo.ByteLength"/> bytes.
    /// </summary>
    public static void Write(Stream output, SafetensorsHeader header, Action<SafetensorsTensorInfo, Stream> writeData)
    {
        output.Write(header.Encode());
        var counter = new CountingStream(output);
        foreach (var tensor in header.Tensors.OrderBy(tensor => tensor.Begin))
        {
            var before = counter.Written;
            writeData(tensor, counter);
            if (counter.Written - before != tensor.ByteLength)
            {
                throw new InvalidOperationException($"The data written for tensor '{tensor.Name}' has {counter.Written - before} bytes, not {tensor.ByteLength}.");
            }
        }
    }
}
