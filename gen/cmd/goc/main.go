// Command goc translates a Go program to C, compiles it against the goc
// runtime and runs it, with the habits of the go command:
//
//	goc run prog.go [args]     translate, compile (cached) and run
//	goc build [-o out] [-work] [-x] prog.go|dir
//	goc emit prog.go           print the generated C
//	goc version | help
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
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
	version                                      print the goc version
	help                                         print this help

Environment: CC (default cc) and CFLAGS (default -O2) choose the C compiler;
GOCROOT overrides where the runtime (include/, runtime/libgocrt.a or lib/) is found;
builds are cached in $XDG_CACHE_HOME/goc (or ~/.cache/goc): one object file per
C unit (one per package translated from source, one for package main and the
program's glue), so a rebuild after editing main compiles only main's unit.
-work keeps the C units in a temporary directory; -x prints the C compiler commands.
`

func main() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(os.Stderr, "goc: internal error: %v\n", r)
			os.Exit(3)
		}
	}()
	os.Exit(run(os.Args[1:]))
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
		out, _, code := translate(args[1:])
		if code != 0 {
			return code
		}
		os.Stdout.WriteString(out.Single())
		return 0
	case "build":
		return cmdBuild(args[1:])
	case "run":
		return cmdRun(args[1:])
	}
	fmt.Fprintf(os.Stderr, "goc %s: unknown command\nRun 'goc help' for usage.\n", args[0])
	return 2
}

// translate loads, type-checks and lowers the program; code != 0 means errors were printed.
func translate(args []string) (out *lower.Output, name string, code int) {
	files, _, name, err := load.Inputs(args)
	if err != nil {
		fmt.Fprintf(os.Stderr, "goc: %v\n", err)
		return nil, "", 1
	}
	// the runtime library's symbols decide which body-less Go functions it
	// implements (gen/lower/linkname.go); without it none are
	if _, lib, e := root(); e == nil {
		if e := lower.SetRuntimeLibrary(lib); e != nil {
			fmt.Fprintf(os.Stderr, "goc: %v\n", e)
			return nil, "", 1
		}
	}
	prog, err := load.Load(files)
	if err == nil {
		out, err = lower.TranslateProgram(prog)
	}
	var le *load.Errors
	var ue *load.Unsupported
	var ie *lower.InternalError
	switch {
	case err == nil:
		return out, name, 0
	case errors.As(err, &le):
		for _, e := range le.List {
			fmt.Fprintln(os.Stderr, e.Error())
		}
		return nil, "", 1
	case errors.As(err, &ue):
		for _, e := range ue.List {
			fmt.Fprintln(os.Stderr, e.Error())
		}
		return nil, "", 1
	case errors.As(err, &ie):
		fmt.Fprintf(os.Stderr, "goc: internal error: %s\n", ie.Msg)
		if os.Getenv("GOCDEBUG") != "" {
			fmt.Fprintln(os.Stderr, ie.Stack)
		}
		return nil, "", 3
	}
	fmt.Fprintf(os.Stderr, "goc: %v\n", err)
	return nil, "", 1
}

// root finds include/ and the runtime library.
func root() (inc, lib string, err error) {
	try := func(dir string) bool {
		for _, c := range [][2]string{{"include", "runtime/libgocrt.a"}, {"include", "lib/libgocrt.a"}} {
			i, l := filepath.Join(dir, c[0]), filepath.Join(dir, c[1])
			if fileExists(filepath.Join(i, "goc.h")) && fileExists(l) {
				inc, lib = i, l
				return true
			}
		}
		return false
	}
	if r := os.Getenv("GOCROOT"); r != "" {
		if try(r) {
			return
		}
		return "", "", fmt.Errorf("GOCROOT=%s has no include/goc.h and runtime/libgocrt.a", r)
	}
	exe, e := os.Executable()
	if e == nil {
		if real, e := filepath.EvalSymlinks(exe); e == nil {
			exe = real
		}
		if try(filepath.Dir(filepath.Dir(exe))) {
			return
		}
	}
	return "", "", fmt.Errorf("cannot find the goc runtime (include/goc.h, libgocrt.a) next to %s; set GOCROOT", exe)
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

// fixedCFlags follow the user's CFLAGS. Go never turns a call into a jump:
// without -fno-optimize-sibling-calls, gcc -O2 makes some unbounded
// recursions loop forever instead of overflowing the stack (gc: "fatal
// error: stack overflow"). Programs are position-dependent executables, as
// gc links them on linux/amd64 (-fno-pie -no-pie): package variables sit at
// low fixed addresses and are reached without the GOT. Part of the
// build-cache key.
const fixedCFlags = "-fno-optimize-sibling-calls -fno-pie -no-pie"

func cacheDir() string {
	if d := os.Getenv("XDG_CACHE_HOME"); d != "" {
		return filepath.Join(d, "goc")
	}
	if h, err := os.UserHomeDir(); err == nil {
		return filepath.Join(h, ".cache", "goc")
	}
	return filepath.Join(os.TempDir(), "goc-cache")
}

// builder compiles a program's C units and links them, caching each object
// file by a hash of its C text and everything else the compiler reads
// (compiler, flags, runtime headers), and the executable by the objects and
// the runtime library.
type builder struct {
	cc      string
	cflags  []string // the user's CFLAGS, then fixedCFlags
	inc     string
	lib     string
	ckey    string // what every object's key starts with
	keepDir string // -work: the C files are written (and kept) here
	trace   bool   // -x: print the compiler commands
}

func newBuilder(keepDir string, trace bool) (*builder, int) {
	inc, lib, err := root()
	if err != nil {
		fmt.Fprintf(os.Stderr, "goc: %v\n", err)
		return nil, 1
	}
	b := &builder{cc: os.Getenv("CC"), inc: inc, lib: lib, keepDir: keepDir, trace: trace}
	if b.cc == "" {
		b.cc = "cc"
	}
	cflags := os.Getenv("CFLAGS")
	if cflags == "" {
		cflags = "-O2"
	}
	b.cflags = append(strings.Fields(cflags), strings.Fields(fixedCFlags)...)
	h := sha256.New()
	fmt.Fprintf(h, "goc object\x00%s\x00%q\x00%s\x00", b.cc, b.cflags, inc)
	for _, hdr := range headerFiles(inc) {
		if st, err := os.Stat(hdr); err == nil {
			fmt.Fprintf(h, "%s\x00%d\x00%d\x00", hdr, st.Size(), st.ModTime().UnixNano())
		}
	}
	b.ckey = hex.EncodeToString(h.Sum(nil))
	return b, 0
}

func (b *builder) runCC(argv []string) ([]byte, error) {
	if b.trace {
		fmt.Fprintln(os.Stderr, b.cc+" "+strings.Join(argv, " "))
	}
	out, err := exec.Command(b.cc, argv...).CombinedOutput()
	if err != nil {
		// once more: a runtime library or header being rebuilt at this moment is not our bug
		time.Sleep(300 * time.Millisecond)
		out, err = exec.Command(b.cc, argv...).CombinedOutput()
	}
	return out, err
}

// object returns the cached object file of unit u, compiling it on a miss.
func (b *builder) object(u lower.Unit) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00", b.ckey)
	h.Write([]byte(u.Src))
	key := hex.EncodeToString(h.Sum(nil))[:32]
	dir := filepath.Join(cacheDir(), "obj", key[:2])
	obj := filepath.Join(dir, key+".o")
	cfile := ""
	if b.keepDir != "" {
		cfile = filepath.Join(b.keepDir, u.File)
		if err := os.WriteFile(cfile, []byte(u.Src), 0o644); err != nil {
			return "", err
		}
	}
	if fileExists(obj) {
		return obj, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	if cfile == "" {
		// per process: another goc may be compiling the same unit right now
		cfile = filepath.Join(dir, fmt.Sprintf("%s.%d-%s", key, os.Getpid(), u.File))
		if err := os.WriteFile(cfile, []byte(u.Src), 0o644); err != nil {
			return "", err
		}
	}
	tmp := fmt.Sprintf("%s.tmp%d-%s", obj, os.Getpid(), strings.TrimSuffix(u.File, ".c"))
	argv := []string{"-std=gnu11", "-fwrapv", "-fno-strict-aliasing", "-w"}
	argv = append(argv, b.cflags...)
	argv = append(argv, "-I"+b.inc, "-c", cfile, "-o", tmp)
	out, err := b.runCC(argv)
	if err != nil {
		os.Remove(tmp)
		if os.Getenv("GOCDEBUG") != "" {
			os.Stderr.Write(out)
		}
		return "", &ccError{cfile}
	}
	if err := os.Rename(tmp, obj); err != nil {
		return "", err
	}
	if b.keepDir == "" {
		os.Remove(cfile)
	}
	return obj, nil
}

// ccError: the C compiler rejected generated code (a translator bug).
type ccError struct{ cfile string }

func (e *ccError) Error() string {
	return "internal error: C compiler failed on generated code, kept in " + e.cfile
}

// compile builds the program's C units into an executable in the cache and
// returns its path: the units are compiled in parallel (cached objects are
// reused), then linked with the runtime.
func compile(units []lower.Unit, keepDir string, trace bool) (string, int) {
	b, code := newBuilder(keepDir, trace)
	if code != 0 {
		return "", code
	}
	objs := make([]string, len(units))
	errs := make([]error, len(units))
	sem := make(chan struct{}, runtime.NumCPU())
	var wg sync.WaitGroup
	for i, u := range units {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			objs[i], errs[i] = b.object(u)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			var ce *ccError
			if errors.As(err, &ce) {
				fmt.Fprintf(os.Stderr, "goc: %v\n", err)
				return "", 3
			}
			fmt.Fprintf(os.Stderr, "goc: %v\n", err)
			return "", 1
		}
	}
	gcLibs := "-lgc"
	if out, err := exec.Command("pkg-config", "--libs", "bdw-gc").Output(); err == nil {
		gcLibs = strings.TrimSpace(string(out))
	}
	libSt, err := os.Stat(b.lib)
	if err != nil {
		fmt.Fprintf(os.Stderr, "goc: %v\n", err)
		return "", 1
	}
	h := sha256.New()
	fmt.Fprintf(h, "goc link\x00%s\x00%q\x00%s\x00%d\x00%d\x00%s\x00%q\x00", b.cc, b.cflags, b.lib, libSt.Size(), libSt.ModTime().UnixNano(), gcLibs, objs)
	key := hex.EncodeToString(h.Sum(nil))[:32]
	dir := filepath.Join(cacheDir(), key[:2], key)
	exe := filepath.Join(dir, "prog")
	if fileExists(exe) {
		return exe, 0
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintf(os.Stderr, "goc: %v\n", err)
		return "", 1
	}
	tmpExe := fmt.Sprintf("%s.tmp%d", exe, os.Getpid())
	argv := append([]string{}, b.cflags...)
	argv = append(argv, objs...)
	argv = append(argv, "-o", tmpExe, b.lib)
	argv = append(argv, strings.Fields(gcLibs)...)
	argv = append(argv, "-lpthread", "-lm")
	out, err := b.runCC(argv)
	if err != nil {
		os.Remove(tmpExe)
		if os.Getenv("GOCDEBUG") != "" {
			os.Stderr.Write(out)
		}
		fmt.Fprintf(os.Stderr, "goc: internal error: linking the program failed (objects %s)\n", strings.Join(objs, " "))
		return "", 3
	}
	if err := os.Rename(tmpExe, exe); err != nil {
		fmt.Fprintf(os.Stderr, "goc: %v\n", err)
		return "", 1
	}
	return exe, 0
}

func headerFiles(inc string) []string {
	m, _ := filepath.Glob(filepath.Join(inc, "goc", "*.h"))
	return append(m, filepath.Join(inc, "goc.h"))
}

// splitProgArgs separates the program (files ending in .go, or one directory) from its arguments.
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

func cmdRun(args []string) int {
	trace := false
	for len(args) > 0 && strings.HasPrefix(args[0], "-") {
		if args[0] == "-x" {
			trace = true
		}
		args = args[1:] // other build flags are accepted and ignored
	}
	prog, rest := splitProgArgs(args)
	if len(prog) == 0 {
		fmt.Fprintln(os.Stderr, "goc run: no go files listed")
		return 1
	}
	tr, name, code := translate(prog)
	if code != 0 {
		return code
	}
	exe, code := compile(tr.Units(), "", trace)
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
	out := ""
	work, trace := false, false
	var prog []string
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case a == "-o" && i+1 < len(args):
			out = args[i+1]
			i++
		case strings.HasPrefix(a, "-o="):
			out = a[3:]
		case a == "-work":
			work = true
		case a == "-x":
			trace = true
		case strings.HasPrefix(a, "-"):
			fmt.Fprintf(os.Stderr, "goc build: unknown flag %s\n", a)
			return 2
		default:
			prog = append(prog, a)
		}
	}
	if len(prog) == 0 {
		prog = []string{"."}
	}
	tr, name, code := translate(prog)
	if code != 0 {
		return code
	}
	keep := ""
	if work {
		d, err := os.MkdirTemp("", "goc-build")
		if err != nil {
			fmt.Fprintf(os.Stderr, "goc: %v\n", err)
			return 1
		}
		keep = d
		fmt.Fprintf(os.Stderr, "WORK=%s\n", d)
	}
	exe, code := compile(tr.Units(), keep, trace)
	if code != 0 {
		return code
	}
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
