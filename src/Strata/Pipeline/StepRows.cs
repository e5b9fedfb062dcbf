namespace Strata.Pipeline;

/// <summary>A step's data volume, for its result and log line: rows it read and rows it wrote (or checked).</summary>
public readonly record struct StepRows(long In, long Out);
