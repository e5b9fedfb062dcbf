using System.Text.Json;
using System.Text.RegularExpressions;
using Strata.Tests.Infrastructure;

namespace Strata.Tests.Deployment;

/// <summary>
/// The Dockerfile builds what the tests build: the project, configuration and SDK of the README's build
/// (scripts/setup.sh, build_cli; global.json), the libchdb the setup fetches, and runs it the way issue 9's
/// `strata serve` expects: non-root, `strata` as the entrypoint, health from `strata status`. No Docker engine runs
/// here, so the image itself is not built by the tests (docs/deployment.md says what was run instead).
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly string Dockerfile = RepositoryFiles.Read("Dockerfile");

    private static readonly string Setup = RepositoryFiles.Read("scripts/setup.sh");

    [Fact]
    public void The_image_publishes_the_project_and_configuration_the_readme_builds()
    {
        var built = BuildCli().Match(Setup);
        var published = Publish().Match(Dockerfile);

        Assert.True(built.Success && published.Success);
        Assert.Equal(built.Groups["project"].Value, published.Groups["project"].Value);
        Assert.Equal(built.Groups["configuration"].Value, published.Groups["configuration"].Value);
        // Both compile ahead of time: the image's nightly run starts as fast as the one measured (docs/benchmark.md).
        Assert.Contains("-p:PublishReadyToRun=true", Setup, StringComparison.Ordinal);
        Assert.Contains("-p:PublishReadyToRun=true", Dockerfile, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sdk_image_is_the_feature_line_global_json_asks_for()
    {
        using var globalJson = JsonDocument.Parse(RepositoryFiles.Read("global.json"));
        var wanted = Version.Parse(globalJson.RootElement.GetProperty("sdk").GetProperty("version").GetString()!);
        var sdk = Version.Parse(SdkImage().Match(Dockerfile).Groups["version"].Value);

        // rollForward latestFeature: the same major and minor, the same or a later feature band.
        Assert.Equal((wanted.Major, wanted.Minor), (sdk.Major, sdk.Minor));
        Assert.True(sdk.Build >= wanted.Build);
    }

    [Fact]
    public void Every_base_image_is_pinned_and_every_copied_path_exists()
    {
        var stages = From().Matches(Dockerfile).Select(m => m.Groups["stage"].Value).ToHashSet();
        foreach (var image in From().Matches(Dockerfile).Select(m => m.Groups["image"].Value).Where(image => !stages.Contains(image)))
        {
            Assert.Matches(PinnedImage(), image);
        }
        foreach (var source in Copy().Matches(Dockerfile).SelectMany(m => m.Groups["sources"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            Assert.True(File.Exists(RepositoryFiles.PathOf(source)) || Directory.Exists(RepositoryFiles.PathOf(source)), $"COPY {source}: no such path");
        }
        var ignored = File.ReadAllLines(RepositoryFiles.PathOf(".dockerignore")).Where(line => line.Length > 0 && !line.StartsWith('#'));
        Assert.DoesNotContain(ignored, pattern => pattern.TrimEnd('/') is "src" or "sql");
    }

    [Fact]
    public void The_default_image_runs_strata_as_a_non_root_user_with_a_status_health_check()
    {
        var stages = Stages();
        var runtime = stages["runtime"];
        var common = stages["runtime-base"];

        Assert.Equal("runtime", stages.Keys.Last());
        Assert.Contains("FROM runtime-base AS runtime", runtime, StringComparison.Ordinal);
        Assert.Contains("USER $APP_UID", common, StringComparison.Ordinal);
        Assert.Contains("ENTRYPOINT [\"strata\"]", common, StringComparison.Ordinal);
        Assert.Contains("CMD [\"strata\", \"status\", \"--json\"]", common, StringComparison.Ordinal);
        Assert.Contains("CMD [\"serve\", \"--host\", \"0.0.0.0\", \"--port\", \"8080\"]", common, StringComparison.Ordinal);
        Assert.DoesNotContain("libchdb", runtime, StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_embeds_the_charting_library_the_setup_fetches()
    {
        Assert.Equal(SetupValue("ECHARTS_PACKAGE"), DockerArgument("ECHARTS_PACKAGE"));
        Assert.Equal(SetupValue("ECHARTS_TARBALL_SHA256"), DockerArgument("ECHARTS_TARBALL_SHA256"));
        Assert.Contains("sha256sum --check", Stages()["echarts"], StringComparison.Ordinal);
        Assert.Contains("ENV STRATA_ECHARTS=/opt/echarts/echarts.min.js", Stages()["build"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_embedded_image_fetches_the_libchdb_the_setup_fetches()
    {
        Assert.Equal(SetupValue("LIBCHDB_PACKAGE"), DockerArgument("LIBCHDB_PACKAGE"));
        Assert.Equal(SetupValue("LIBCHDB_TARBALL_SHA256"), DockerArgument("LIBCHDB_TARBALL_SHA256"));
        Assert.Contains("sha256sum --check", Stages()["libchdb"], StringComparison.Ordinal);
        Assert.Contains("ENV STRATA_LIBCHDB=/opt/libchdb/libchdb.so", Stages()["runtime-embedded"], StringComparison.Ordinal);
    }

    /// <summary>Each stage's text from its FROM line to the next, by stage name.</summary>
    private static Dictionary<string, string> Stages()
    {
        var froms = From().Matches(Dockerfile).ToList();
        return froms.Select((from, index) => (from.Groups["stage"].Value,
                Dockerfile[from.Index..(index + 1 < froms.Count ? froms[index + 1].Index : Dockerfile.Length)]))
            .ToDictionary();
    }

    private static string SetupValue(string name) => Regex.Match(Setup, $"^{name}=\"?([^\"\\n]+)\"?$", RegexOptions.Multiline).Groups[1].Value;

    private static string DockerArgument(string name) => Regex.Match(Dockerfile, $"^ARG {name}=(\\S+)$", RegexOptions.Multiline).Groups[1].Value;

    [GeneratedRegex(@"dotnet publish ""\$STRATA_ROOT/(?<project>[^""]+)"" -c (?<configuration>\w+)")]
    private static partial Regex BuildCli();

    [GeneratedRegex(@"dotnet publish (?<project>\S+) -c (?<configuration>\w+)")]
    private static partial Regex Publish();

    [GeneratedRegex(@"^FROM mcr\.microsoft\.com/dotnet/sdk:(?<version>\d+\.\d+\.\d+) AS build$", RegexOptions.Multiline)]
    private static partial Regex SdkImage();

    [GeneratedRegex(@"^FROM (?<image>\S+) AS (?<stage>\S+)$", RegexOptions.Multiline)]
    private static partial Regex From();

    [GeneratedRegex(@"^COPY (?!--from)(?<sources>.+) \S+$", RegexOptions.Multiline)]
    private static partial Regex Copy();

    [GeneratedRegex(@"^[a-z0-9./-]+:\d+(\.\d+)+[-\w.]*$")]
    private static partial Regex PinnedImage();
}
