using System.Globalization;
using System.Text;

namespace Strata.Pipeline.Graph;

/// <summary>
/// The pipeline graph drawn as Mermaid flowcharts, one per pipeline (`strata manifest --mermaid`): steps in order with
/// their retries and timeout, and the checks that guard each. docs/pipelines.md holds this very text (a test compares).
/// </summary>
public static class ManifestMermaid
{
    public static string Render(Manifest manifest)
    {
        var text = new StringBuilder();
        foreach (var pipeline in manifest.Pipelines)
        {
            text.Append(CultureInfo.InvariantCulture, $"### {pipeline.Name}\n\n");
            text.Append(CultureInfo.InvariantCulture,
                $"Schedule `{pipeline.Schedule.Cron}` ({pipeline.Schedule.Timezone}); one run per {Partition(pipeline.Partition)}.\n\n");
            text.Append("```mermaid\nflowchart LR\n");
            foreach (var step in pipeline.Steps)
            {
                var id = $"{pipeline.Name}_{step.Name}";
                text.Append(CultureInfo.InvariantCulture,
                    $"  {id}[\"{step.Name}<br/>{step.Retries + 1} tries, {step.TimeoutS} s\"]\n");
                foreach (var upstream in step.DependsOn)
                {
                    text.Append(CultureInfo.InvariantCulture, $"  {pipeline.Name}_{upstream} --> {id}\n");
                }
                if (step.Checks.Count > 0)
                {
                    var kinds = step.Checks.Select(Kind).Distinct();
                    text.Append(CultureInfo.InvariantCulture,
                        $"  {id}_checks{{{{\"{step.Checks.Count} check(s): {string.Join(", ", kinds)}\"}}}} -.-> {id}\n");
                }
            }
            text.Append("```\n\n");
        }
        return text.ToString();
    }

    private static string Partition(string partition) => partition switch
    {
        "date" => "logical date (a UTC day, or a range in one set-based pass)",
        "month" => "month (or a range of months, oldest first)",
        _ => "drop of files (no partition)",
    };

    /// <summary>What kind of check a name is: "unique_fact_sales_sale_id" is a unique check; custom and anomaly checks are named as themselves.</summary>
    private static string Kind(string check)
    {
        string[] generic = ["unique", "not_null", "not_empty", "accepted_range", "accepted_values", "relationships"];
        return generic.FirstOrDefault(kind => check.StartsWith(kind + "_", StringComparison.Ordinal)) ?? check;
    }
}
