using TorchSharp;

namespace LangExpand.Torch.Safetensors;

/// <summary>Maps safetensors element types to libtorch scalar types and back.</summary>
public static class TorchDTypes
{
    /// <summary>The libtorch scalar type of <paramref name="dtype"/>.</summary>
    public static torch.ScalarType ToScalarType(this SafetensorsDType dtype) => dtype switch
    {
        SafetensorsDType.F64 => torch.ScalarType.Float64,
        SafetensorsDType.F32 => torch.ScalarType.Float32,
        SafetensorsDType.F16 => torch.ScalarType.Float16,
        SafetensorsDType.BF16 => torch.ScalarType.BFloat16,
        SafetensorsDType.I64 => torch.ScalarType.Int64,
        SafetensorsDType.I32 => torch.ScalarType.Int32,
        SafetensorsDType.I16 => torch.ScalarType.Int16,
        SafetensorsDType.I8 => torch.ScalarType.Int8,
        SafetensorsDType.U8 => torch.ScalarType.Byte,
        SafetensorsDType.BOOL => torch.ScalarType.Bool,
        _ => throw new ArgumentOutOfRangeException(nameof(dtype), dtype, null),
    };

    /// <summary>The safetensors element type of <paramref name="type"/>; complex and quantised types have none.</summary>
    public static SafetensorsDType ToSafetensors(this torch.ScalarType type)
    {
        foreach (var candidate in Enum.GetValues<SafetensorsDType>())
        {
            if (candidate.ToScalarType() == type)
            {
                return candidate;
            }
        }
        throw new ArgumentException($"The scalar type {type} cannot be stored in a safetensors file.", nameof(type));
    }
}
