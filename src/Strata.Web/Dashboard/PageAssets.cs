using System.Reflection;

namespace Strata.Web.Dashboard;

/// <summary>The scripts and styles embedded in the server at build time (ECharts from npm among them), inlined into every page.</summary>
internal static class PageAssets
{
    public static string ECharts { get; } = Read("echarts.min.js");

    public static string Script { get; } = Read("dashboard.js");

    public static string Style { get; } = Read("dashboard.css");

    private static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("dashboard/" + name)
            ?? throw new InvalidOperationException($"No embedded page asset 'dashboard/{name}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
