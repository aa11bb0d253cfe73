import DemoData
import Foundation

exit(DemoDataCommand.main(arguments: Array(CommandLine.arguments.dropFirst())))
