using Strata.Tests.Infrastructure;

namespace Strata.Tests.Deployment;

/// <summary>A fact that renders the kustomize overlays with kubectl: skipped, saying why, where kubectl is not installed.</summary>
public sealed class KubectlFactAttribute : FactAttribute
{
    public KubectlFactAttribute() =>
        Skip = ExternalTool.IsInstalled("kubectl") ? null : "kubectl is not installed: the kustomize overlays cannot be rendered here.";
}
