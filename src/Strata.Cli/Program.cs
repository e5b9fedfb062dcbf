using Strata.Cli.Hosting;
using Strata.Cli.Serving;

// While `strata serve` holds the embedded store, the commands that need it are carried out there; otherwise here.
var environment = CliEnvironment.FromProcess();
return await ServerForwarding.TryForwardAsync(args, environment) ?? await StrataCli.RunAsync(args, environment);
