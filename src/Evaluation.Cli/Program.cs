using Evaluation.Cli;

return EvalqCommand.Run(args, Console.In, Console.Out, Console.Error, outputIsTerminal: !Console.IsOutputRedirected);
