// github.com/spf13/cobra: a command tree with subcommands, persistent and
// local flags, positional argument validation and generated help.
package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

func run(args []string) {
	var verbose bool
	var times int
	root := &cobra.Command{Use: "app", Short: "An example application"}
	root.PersistentFlags().BoolVarP(&verbose, "verbose", "v", false, "talk more")
	echo := &cobra.Command{
		Use:   "echo [words]",
		Short: "Print the words",
		Args:  cobra.MinimumNArgs(1),
		Run: func(cmd *cobra.Command, args []string) {
			for i := 0; i < times; i++ {
				fmt.Println(strings.Join(args, " "), verbose)
			}
		},
	}
	echo.Flags().IntVarP(&times, "times", "t", 1, "repetitions")
	root.AddCommand(echo)
	root.SetOut(os.Stdout)
	root.SetErr(os.Stdout)
	root.SetArgs(args)
	if err := root.Execute(); err != nil {
		fmt.Println("error:", err)
	}
}

func main() {
	run([]string{"echo", "-t", "2", "hello", "world"})
	run([]string{"-v", "echo", "again"})
	run([]string{"echo"})
	run([]string{"help", "echo"})
}
