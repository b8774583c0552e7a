using System;
using NewsDsl.Cli;

return CheckCommand.Run(args, Console.Out, Console.Error);
