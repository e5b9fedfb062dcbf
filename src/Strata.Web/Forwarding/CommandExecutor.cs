namespace Strata.Web.Forwarding;

/// <summary>
/// Carries out one `strata` command inside the server as the CLI would in its own process, writing to
/// <paramref name="output"/> and <paramref name="error"/>, and returns its exit code. The CLI supplies it, so the
/// server runs the very same commands without depending on the CLI.
/// </summary>
public delegate Task<int> CommandExecutor(CliRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken);
