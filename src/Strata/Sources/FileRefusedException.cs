using Strata.Diagnostics;

namespace Strata.Sources;

/// <summary>
/// A whole input file the ingest will not load (not text, not CSV, required columns missing). The message
/// names the file and what is wrong; the other files of the run still load.
/// </summary>
public sealed class FileRefusedException : StrataException
{
    public FileRefusedException(string fileName, string problem) : base($"{fileName}: {problem}")
    {
        FileName = fileName;
        Problem = problem;
    }

    public FileRefusedException(string fileName, string problem, Exception innerException) : base($"{fileName}: {problem}", innerException)
    {
        FileName = fileName;
        Problem = problem;
    }

    public FileRefusedException()
    {
        FileName = "";
        Problem = Message;
    }

    public FileRefusedException(string message) : base(message)
    {
        FileName = "";
        Problem = Message;
    }

    public string FileName { get; }

    /// <summary>What is wrong with the file, without its name.</summary>
    public string Problem { get; }
}
