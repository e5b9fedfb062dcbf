using Strata.Cli.Hosting;

return await StrataCli.RunAsync(args, CliEnvironment.FromProcess());
