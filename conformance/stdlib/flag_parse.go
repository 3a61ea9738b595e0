// flag parses a command line: every flag type, -x=v and -x v forms, bool
// flags without a value, custom Value and Func flags, the arguments left
// after "--" or the first non-flag, and errors from a ContinueOnError set.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listValue []string

func (l *listValue) String() string { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error {
	*l = append(*l, s)
	return nil
}

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	n := fs.Int("n", 1, "count")
	name := fs.String("name", "anon", "your `name`")
	verbose := fs.Bool("v", false, "verbose")
	ratio := fs.Float64("ratio", 0.5, "a ratio")
	d := fs.Duration("d", time.Second, "a duration")
	u := fs.Uint64("u", 0, "unsigned")
	var tags listValue
	fs.Var(&tags, "tag", "repeatable tag")
	var seen []string
	fs.Func("hook", "called per use", func(s string) error {
		seen = append(seen, strings.ToUpper(s))
		return nil
	})
	err := fs.Parse([]string{"-n=3", "--name", "gopher", "-v", "-ratio", "2.5e-1", "-d=1m30s",
		"-u", "18446744073709551615", "-tag", "a", "-tag=b", "-hook", "x", "-hook=y", "rest", "-n", "9"})
	fmt.Println(err, *n, *name, *verbose, *ratio, *d, *u, tags, seen)
	fmt.Println(fs.NArg(), fs.Args(), fs.Arg(0), fs.NFlag(), fs.Parsed())
	fs.Visit(func(f *flag.Flag) { fmt.Printf("set %s=%s\n", f.Name, f.Value) })
	fs.VisitAll(func(f *flag.Flag) {
		if f.Value.String() == f.DefValue {
			fmt.Printf("default %s=%q\n", f.Name, f.DefValue)
		}
	})
	fmt.Println(fs.Lookup("name").Usage, fs.Set("n", "11"), *n)

	fs2 := flag.NewFlagSet("tool2", flag.ContinueOnError)
	fs2.SetOutput(os.Stdout)
	fs2.Bool("q", false, "quiet")
	fs2.Int("level", 2, "the `level` to use")
	fs2.String("out", "", "output file")
	fmt.Println(fs2.Parse([]string{"-q", "--", "-level", "5"}), fs2.Args())
	for _, args := range [][]string{{"-level", "x"}, {"-nope"}, {"-level"}, {"-q=maybe"}, {"-h"}} {
		fs3 := flag.NewFlagSet("tool3", flag.ContinueOnError)
		fs3.SetOutput(os.Stdout)
		fs3.Bool("q", false, "quiet")
		fs3.Int("level", 2, "the `level` to use")
		fs3.String("out", "", "output file")
		fmt.Printf("%q -> %v\n", args, fs3.Parse(args))
	}
}
