// Command goc translates a Go program to C, compiles it against the goc
// runtime and runs it, with the habits of the go command:
//
//	goc run prog.go [args]     translate, compile (cached) and run
//	goc build [-o out] [-work] [-x] prog.go|dir
//	goc emit prog.go           print the generated C
//	goc version | help
package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"goc/load"
	"goc/lower"
)

const version = "goc 0.1 (Go 1.23 semantics)"

const usage = `goc translates Go programs to C and runs them on the goc runtime.

Usage:

	goc <command> [arguments]

The commands are:

	run [-x] prog.go|dir [arguments]            compile and run a Go program
	build [-o output] [-work] [-x] prog.go|dir  compile a Go program to an executable
	emit prog.go|dir                             print the generated C source
	clean -cache                                 remove the build cache
	version                                      print the goc version
	help                                         print this help

Environment: CC (default cc) and CFLAGS (default -O2) choose the C compiler
(-g1 comes first: the line tables tracebacks read; -g or -g0 in CFLAGS win);
GOCROOT overrides where the runtime (include/, runtime/libgocrt.a or lib/) is found;
builds are cached in $XDG_CACHE_HOME/goc (or ~/.cache/goc): one object file per
C unit (one per package translated from source, one for package main and the
program's glue), so a rebuild after editing main compiles only main's unit;
entries unused for five days, and executables unused for a day, leave it.
-work keeps the C units in a temporary directory; -x prints the C compiler commands.
`

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(os.Stderr, "goc: internal error: %v\n", r)
			os.Exit(3)
		}
	}()
	if os.Getenv("GOGC") == "" {
		// goc lives for one build and keeps most of what it allocates (the
		// syntax trees and types of every package) to the end: collecting
		// as often as a long-running program would costs a fifth of a
		// rebuild's CPU time
		debug.SetGCPercent(400)
		if os.Getenv("GOMEMLIMIT") == "" {
			collectLate()
		}
	}
	os.Exit(run(os.Args[1:]))
}

// gcStart is the heap size below which goc does not collect garbage: a
// rebuild after an edit, or a first build of a program whose packages are
// cached, allocates 100-150 MB and ends before it would be worth collecting.
const gcStart = 512 << 20

// collectLate turns the collector off until the heap reaches gcStart (a
// memory limit); after that first collection, goc collects as GOGC=400
// says, without limit, as a build of many packages needs.
func collectLate() {
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(gcStart)
	sentinel := &struct{ p *int }{}
	runtime.SetFinalizer(sentinel, func(*struct{ p *int }) {
		// the first collection found the sentinel unreachable
		debug.SetGCPercent(400)
		debug.SetMemoryLimit(math.MaxInt64)
	})
}

func run(args []string) int {
	if len(args) == 0 {
		fmt.Fprint(os.Stderr, usage)
		return 2
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		fmt.Print(usage)
		return 0
	case "version":
		fmt.Println(version)
		return 0
	case "emit":
		return cmdEmit(args[1:])
	case "clean":
		return cmdClean(args[1:])
	case "build":
		return cmdBuild(args[1:])
	case "run":
		return cmdRun(args[1:])
	}
	fmt.Fprintf(os.Stderr, "goc %s: unknown command\nRun 'goc help' for usage.\n", args[0])
	return 2
}

// loadProgram loads and type-checks the program that args name (files, a
// directory or a package pattern); code != 0 means errors were printed.
// skipBodies and listing are load.Config's SkipBodies and Listing.
func loadProgram(args []string, tags []string, skipBodies func(*load.Package) bool, listing []byte) (*load.Program, int) {
	prog, err := loadArgs(args, tags, skipBodies, listing)
	if err != nil {
		return nil, report(err)
	}
	return prog, 0
}

// loadArgs is loadProgram without printing its errors.
func loadArgs(args []string, tags []string, skipBodies func(*load.Package) bool, listing []byte) (*load.Program, error) {
	start := time.Now()
	prog, err := load.LoadArgs(load.Config{Tags: tags, SkipBodies: skipBodies, Listing: listing}, args)
	if err != nil {
		return nil, err
	}
	if strings.Contains(os.Getenv("GOCDEBUG"), "time") {
		unchecked := 0
		for _, p := range prog.Pkgs {
			if p.BodiesUnchecked {
				unchecked++
			}
		}
		fmt.Fprintf(os.Stderr, "goc: load %.3fs (%d packages, %d with function bodies not type-checked)\n", time.Since(start).Seconds(), len(prog.Pkgs), unchecked)
	}
	// the runtime library's symbols decide which body-less Go functions it
	// implements (gen/lower/linkname.go); without it none are
	if _, lib, e := root(); e == nil {
		if e := lower.SetRuntimeLibrary(lib); e != nil {
			return nil, e
		}
	}
	return prog, nil
}

// translate loads the program and lowers it as one C file (goc emit).
func translate(args []string, tags []string) (*lower.Output, int) {
	prog, code := loadProgram(args, tags, nil, nil)
	if code != 0 {
		return nil, code
	}
	out, err := lower.TranslateProgram(prog)
	if err != nil {
		return nil, report(err)
	}
	return out, 0
}

// report prints err as the go command would and returns goc's exit status:
// 1 for errors in the program or what goc does not support, 3 for goc's own
// bugs.
func report(err error) int {
	var le *load.Errors
	var ue *load.Unsupported
	var ie *lower.InternalError
	switch {
	case errors.As(err, &le):
		for _, e := range le.List {
			fmt.Fprintln(os.Stderr, e.Error())
		}
		return 1
	case errors.As(err, &ue):
		for _, e := range ue.List {
			fmt.Fprintln(os.Stderr, e.Error())
		}
		return 1
	case errors.As(err, &ie):
		fmt.Fprintf(os.Stderr, "goc: internal error: %s\n", ie.Msg)
		if os.Getenv("GOCDEBUG") != "" {
			fmt.Fprintln(os.Stderr, ie.Stack)
		}
		return 3
	}
	fmt.Fprintf(os.Stderr, "goc: %v\n", err)
	return 1
}

// buildFlags are the flags goc build, run and emit share.
type buildFlags struct {
	out   string   // -o (build)
	work  bool     // -work
	trace bool     // -x
	tags  []string // -tags
}

// parseFlags reads the build flags before the first argument that is not
// one, as the go command does; an unknown flag is an error (exit 2).
func parseFlags(cmd string, args []string) (bf buildFlags, rest []string, code int) {
	for len(args) > 0 && strings.HasPrefix(args[0], "-") {
		a := args[0]
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		takesVal := name == "o" || name == "tags"
		if takesVal && !hasVal {
			if len(args) < 2 {
				fmt.Fprintf(os.Stderr, "goc %s: flag needs an argument: %s\n", cmd, a)
				return bf, nil, 2
			}
			val = args[1]
			args = args[1:]
		}
		args = args[1:]
		switch name {
		case "o":
			if cmd != "build" {
				fmt.Fprintf(os.Stderr, "goc %s: unknown flag -o\n", cmd)
				return bf, nil, 2
			}
			bf.out = val
		case "tags":
			bf.tags = append(bf.tags, strings.FieldsFunc(val, func(r rune) bool { return r == ',' || r == ' ' })...)
		case "work":
			bf.work = true
		case "x":
			bf.trace = true
		default:
			fmt.Fprintf(os.Stderr, "goc %s: unknown flag %s\n", cmd, a)
			return bf, nil, 2
		}
	}
	return bf, args, 0
}

// splitProgArgs separates the program (files ending in .go, or one package)
// from its arguments, as go run does.
func splitProgArgs(args []string) (prog, rest []string) {
	if len(args) == 0 {
		return nil, nil
	}
	if !strings.HasSuffix(args[0], ".go") {
		return args[:1], args[1:]
	}
	i := 0
	for i < len(args) && strings.HasSuffix(args[i], ".go") {
		i++
	}
	return args[:i], args[i:]
}

func cmdEmit(args []string) int {
	bf, args, code := parseFlags("emit", args)
	if code != 0 {
		return code
	}
	out, code := translate(args, bf.tags)
	if code != 0 {
		return code
	}
	os.Stdout.WriteString(out.Single())
	return 0
}

func cmdRun(args []string) int {
	bf, args, code := parseFlags("run", args)
	if code != 0 {
		return code
	}
	prog, rest := splitProgArgs(args)
	if len(prog) == 0 {
		fmt.Fprintln(os.Stderr, "goc run: no go files listed")
		return 1
	}
	exe, name, code := buildArgs(prog, bf.tags, "", "", bf.trace)
	if code != 0 {
		return code
	}
	argv := append([]string{name}, rest...)
	if err := syscall.Exec(exe, argv, os.Environ()); err != nil {
		fmt.Fprintf(os.Stderr, "goc: %v\n", err)
		return 1
	}
	return 0
}

func cmdBuild(args []string) int {
	bf, prog, code := parseFlags("build", args)
	if code != 0 {
		return code
	}
	for _, a := range prog {
		if strings.HasPrefix(a, "-") {
			fmt.Fprintf(os.Stderr, "goc build: flag %s after the packages\n", a)
			return 2
		}
	}
	keep := ""
	if bf.work {
		d, err := os.MkdirTemp("", "goc-build")
		if err != nil {
			fmt.Fprintf(os.Stderr, "goc: %v\n", err)
			return 1
		}
		keep = d
		fmt.Fprintf(os.Stderr, "WORK=%s\n", d)
	}
	dest := bf.out
	if dest == "" {
		dest = "."
	}
	exe, name, code := buildArgs(prog, bf.tags, keep, dest, bf.trace)
	if code != 0 {
		return code
	}
	out := bf.out
	if out == "" {
		out = name
	}
	if st, err := os.Stat(out); err == nil && st.IsDir() {
		out = filepath.Join(out, name)
	}
	data, err := os.ReadFile(exe)
	if err == nil {
		err = os.WriteFile(out+".tmp", data, 0o755)
	}
	if err == nil {
		err = os.Rename(out+".tmp", out)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "goc: %v\n", err)
		return 1
	}
	return 0
}
