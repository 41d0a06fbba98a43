namespace LangExpand.Core.Diagnostics;

/// <summary>
/// The catalogue of user-facing errors. Each code is stable and printed as <c>LE####</c> so that users can search for it.
/// </summary>
public enum ErrorCode
{
    /// <summary>A line has the wrong number of columns or an empty required field.</summary>
    MalformedLine = 1001,

    /// <summary>A feature bundle does not follow UniMorph (or SIGMORPHON 2016 key=value) syntax.</summary>
    InvalidFeatureSyntax = 1002,

    /// <summary>The bytes are not valid UTF-8, or contain control characters that text never has.</summary>
    InvalidEncoding = 1003,

    /// <summary>The file's dialect could not be decided from its name and content.</summary>
    AmbiguousFormat = 1004,

    /// <summary>A format name given by the user is not known.</summary>
    UnknownFormat = 1005,

    /// <summary>An input file or directory does not exist.</summary>
    MissingInput = 1006,

    /// <summary>A language code or name is not known.</summary>
    UnknownLanguage = 1007,

    /// <summary>A saved model directory is missing files or has an unsupported type or version.</summary>
    InvalidModel = 1008,

    /// <summary>A command-line option value is invalid.</summary>
    InvalidOption = 1009,

    /// <summary>An input holds too little usable data for the job (no entry survives the filters, or a split would be empty).</summary>
    NotEnoughData = 1010,

    /// <summary>
    /// An XML or JSON input is not well-formed, declares a DTD or entities (refused: no DTD processing, no external
    /// resources), or lacks an element, attribute or field its format requires; also a safetensors file whose header or
    /// data layout breaks the format.
    /// </summary>
    MalformedDocument = 1011,

    /// <summary>
    /// The native libtorch runtime cannot be loaded, or a device asked for (such as CUDA) is not available in this build
    /// or on this machine.
    /// </summary>
    TorchUnavailable = 1012,

    /// <summary>
    /// A language pack is being built by another <c>add-language</c> run: its lock file names a live owner process (or one on
    /// another host, whose liveness cannot be checked).
    /// </summary>
    PackInUse = 1013,
}
