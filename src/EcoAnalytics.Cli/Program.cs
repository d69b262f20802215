using EcoAnalytics.Cli;

return EcoCli.Run(args, Console.Out, Console.Error);
