using System;
using NewsDsl.Cli;

return args.Length > 0 && args[0] == "lsp" ? LspCommand.Run(args, Console.Error) : CheckCommand.Run(args, Console.Out, Console.Error);
