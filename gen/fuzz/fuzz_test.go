package fuzz

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"goc/load"
	"goc/lower"
)

// repo is the repository root (include/, runtime/, conformance/).
var repo, _ = filepath.Abs("../..")

// Token soups: small inputs near the edges of the grammar and the type
// checker, next to the conformance programs.
var soups = []string{
	"",
	"package main",
	"package main\nfunc main() {}",
	"package main\nfunc main() { for { break } }",
	"package p\nfunc f() {}",
	"package main\nimport \"nosuch/pkg\"\nfunc main() {}",
	"package main\nfunc main() { x := []int{1, 2, 3}; _ = x[1:2:3]; println(len(x)) }",
	"package main\nfunc main() { var m map[[2]string]any; m[[2]string{}] = nil }",
	"package main\nfunc main() { for i := range 10 { defer func() { recover() }(); _ = i } }",
	"package main\ntype T[P any] struct{ x P }\nfunc (t *T[P]) M() P { return t.x }\nfunc main() { println((&T[int]{3}).M()) }",
	"package main\nfunc main() { ch := make(chan int, 1); select { case ch <- 1: case v, ok := <-ch: _, _ = v, ok; default: } }",
	"package main\nfunc f(yield func(int) bool) { yield(1) }\nfunc main() { for x := range f { println(x) } }",
	"package main\nimport \"fmt\"\nfunc main() { fmt.Println(1 << 62, 'x', \"s\", 1.5, 2i, nil, struct{}{}) }",
	"package main\nfunc main() { goto L; L: ; var a [3]int; a[2]++; switch x := any(a).(type) { case [3]int: _ = x } }",
	"package main\nfunc main() { type U struct{ a, b int }; var u U; p := &u.b; *p = 1; go func() {}() }",
	"package main\nconst c = 1 << 100\nfunc main() { println(c >> 98) }",
	"package main\nfunc main() { var f func(...int) int; _ = f; var i interface{ M() }; _ = i.M }",
	"package main\nfunc main() { x := 1; x <<= 70; x /= 0; var y float64; _ = int8(y) }",
	"}{)(][ package main func main ( ) { := <- chan ... }",
	"package main\nfunc main() { label: for { continue label } }",
	"package main\nvar a, b = b, 1\nfunc init() { a++ }\nfunc main() {}",
	"package main\nimport (\"strings\"; \"strconv\")\nfunc main() { println(strings.Repeat(\"x\", 3), strconv.Itoa(4)) }",
}

// conformancePrograms returns the suite's programs, every k-th one when the
// environment variable GOC_FUZZ_SAMPLE=k is set.
func conformancePrograms(t testing.TB, every int) []string {
	files, err := filepath.Glob(filepath.Join(repo, "conformance", "*", "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no conformance programs under %s", repo)
	}
	var out []string
	for i, f := range files {
		if i%every == 0 {
			out = append(out, f)
		}
	}
	return out
}

func fuzzing() bool {
	f := flag.Lookup("test.fuzz")
	return f != nil && f.Value.String() != ""
}

// FuzzTranslate: every input (a Go source, optionally rewritten by Mutate
// with the seed mut) must either produce positioned diagnostics
// ("file:line:col: msg") or C that the C compiler accepts and links against
// the runtime; never a panic, an internal error or a hang.
//
// Plain `go test` runs the token soups, a sample of the conformance programs
// (with and without mutations) and the regression inputs in
// testdata/fuzz/FuzzTranslate. Under -fuzz the seeds are every conformance
// program (every k-th with GOC_FUZZ_SAMPLE=k) and mutants of them.
func FuzzTranslate(f *testing.F) {
	for i, s := range soups {
		f.Add([]byte(s), uint64(i%3))
	}
	every, muts := 40, []uint64{0, 1}
	if fuzzing() {
		every, muts = 1, []uint64{0, 7}
		if k, err := strconv.Atoi(os.Getenv("GOC_FUZZ_SAMPLE")); err == nil && k > 0 {
			every = k
		}
	}
	for _, p := range conformancePrograms(f, every) {
		src, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		for _, m := range muts {
			f.Add(src, m)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte, mut uint64) {
		if mut != 0 {
			src = Mutate(src, mut)
		}
		checkTranslate(t, src)
	})
}

// translateTimeout bounds one translation (the front end loads imported
// packages from GOROOT's source: a program importing fmt translates some
// forty packages, reflect and os among them, a second or two on an idle
// machine).
const translateTimeout = 60 * time.Second

type result struct {
	c     string
	err   error
	panic string
	unit  string // the main package's C unit (package mode, as goc build translates it)
}

func translate(path string) result {
	done := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{panic: fmt.Sprintf("%v\n%s", r, debug.Stack())}
			}
		}()
		// as goc does: the runtime library decides which body-less functions it implements
		if lib := filepath.Join(repo, "runtime", "libgocrt.a"); fileExists(lib) {
			if err := lower.SetRuntimeLibrary(lib); err != nil {
				done <- result{err: err}
				return
			}
		}
		prog, err := load.Load([]string{path})
		if err != nil {
			done <- result{err: err}
			return
		}
		c, err := lower.Translate(prog)
		if err != nil {
			done <- result{err: err}
			return
		}
		// goc build translates each package alone: the main package's unit,
		// where the input's code is, must compile too, and no function of it
		// may have met a translator bug
		pu, err := lower.TranslatePackage(prog, prog.Pkgs[len(prog.Pkgs)-1])
		if err != nil {
			done <- result{err: err}
			return
		}
		for name, f := range pu.Failed {
			if f.Internal != "" {
				done <- result{panic: fmt.Sprintf("package mode, %s: %s", name, f.Internal)}
				return
			}
		}
		done <- result{c: c, unit: pu.Src}
	}()
	select {
	case r := <-done:
		return r
	case <-time.After(translateTimeout):
		return result{panic: fmt.Sprintf("translation did not finish in %v", translateTimeout)}
	}
}

func checkTranslate(t *testing.T, src []byte) {
	dir := t.TempDir()
	path := filepath.Join(dir, "prog.go")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	r := translate(path)
	if r.panic != "" {
		t.Fatalf("translator panicked (goc: internal error):\n%s\nsource:\n%s", r.panic, src)
	}
	if r.err != nil {
		checkDiagnostics(t, r.err, src)
		return
	}
	switch {
	case len(r.c) <= singleFileMax:
		checkC(t, dir, r.c, src, true)
	case !fuzzing():
		checkBuild(t, dir, path, src)
	default:
		// Under -fuzz a worker process dies ("deadlocked!", reported as
		// "fuzzing process hung or terminated unexpectedly: exit status 2")
		// when one input takes over 10 s (internal/fuzz RunFuzzWorker), and a
		// goc build that recompiles fmt's or net/http's unit takes longer on
		// a busy machine. Plain go test builds these programs; a mutant's
		// code is in the main package's unit, compiled below.
	}
	checkC(t, dir, r.unit, src, false)
}

// singleFileMax is the largest whole-program C (goc emit) compiled as one
// file. A program importing fmt (reflect, os, ...: ~12 MB of C) is built
// with goc build instead, whose package units are compiled once and cached
// (the user's goc cache, shared by the inputs and the fuzzing workers).
const singleFileMax = 1 << 20

// buildTimeout bounds one goc build (with an empty cache it compiles the
// standard packages' units first).
const buildTimeout = 20 * time.Minute

// checkBuild builds the input with the repository's bin/goc as a user
// would (each package's C unit compiled, linked with the runtime): the
// same check as checkC's for a whole program. Without bin/goc or the
// runtime library it checks nothing more (checkC still compiles the main
// package's unit).
func checkBuild(t *testing.T, dir, path string, src []byte) {
	goc := filepath.Join(repo, "bin", "goc")
	if !fileExists(goc) || !fileExists(filepath.Join(repo, "runtime", "libgocrt.a")) {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), buildTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, goc, "build", "-o", filepath.Join(dir, "prog"), path)
	if out, err := cmd.CombinedOutput(); err != nil {
		msg := string(out)
		if len(msg) > 3000 {
			msg = msg[:3000] + "..."
		}
		t.Fatalf("goc build of the translated program failed (%v):\n%s\nsource:\n%s", err, msg, src)
	}
}

// checkDiagnostics: only type errors and unsupported lists, each with a position.
func checkDiagnostics(t *testing.T, err error, src []byte) {
	var ie *lower.InternalError
	if errors.As(err, &ie) {
		t.Fatalf("internal error: %s\n%s\nsource:\n%s", ie.Msg, ie.Stack, src)
	}
	var list []load.Error
	var le *load.Errors
	var ue *load.Unsupported
	switch {
	case errors.As(err, &le):
		list = le.List
	case errors.As(err, &ue):
		list = ue.List
	default:
		t.Fatalf("error of type %T is neither diagnostics nor unsupported: %v\nsource:\n%s", err, err, src)
	}
	if len(list) == 0 {
		t.Fatalf("empty diagnostic list\nsource:\n%s", src)
	}
	for _, e := range list {
		if !e.Pos.IsValid() || e.Pos.Filename == "" || e.Pos.Column == 0 {
			t.Fatalf("diagnostic without file:line:col: %q\nsource:\n%s", e.Error(), src)
		}
		if e.Msg == "" { // go/types' messages may go on in indented lines, as the go command prints them
			t.Fatalf("empty diagnostic %q\nsource:\n%s", e.Error(), src)
		}
	}
}

// gcLibs are the Boehm GC's link flags, as goc finds them.
var gcLibs = sync.OnceValue(func() []string {
	if out, err := exec.Command("pkg-config", "--libs", "bdw-gc").Output(); err == nil {
		return strings.Fields(string(out))
	}
	return []string{"-lgc"}
})

// cTimeout bounds one C compilation.
const cTimeout = 120 * time.Second

// checkC compiles the C with goc's flags (at -O0) and, for a whole program
// (link), links it with the runtime when runtime/libgocrt.a is built (else
// compiles only), so undefined functions are caught as well as syntax and
// type errors.
func checkC(t *testing.T, dir, c string, src []byte, link bool) {
	cfile := filepath.Join(dir, "prog.c")
	if err := os.WriteFile(cfile, []byte(c), 0o644); err != nil {
		t.Fatal(err)
	}
	cc := os.Getenv("CC")
	if cc == "" {
		cc = "cc"
	}
	argv := []string{"-std=gnu11", "-fwrapv", "-fno-strict-aliasing", "-w", "-O0", "-fno-optimize-sibling-calls",
		"-I" + filepath.Join(repo, "include"), cfile}
	lib := filepath.Join(repo, "runtime", "libgocrt.a")
	if _, err := os.Stat(lib); err == nil && link {
		argv = append(argv, "-o", filepath.Join(dir, "prog"), lib)
		argv = append(argv, gcLibs()...)
		argv = append(argv, "-lpthread", "-lm", "-lffi")
	} else {
		argv = append(argv, "-c", "-o", filepath.Join(dir, "prog.o"))
	}
	ctx, cancel := context.WithTimeout(context.Background(), cTimeout)
	defer cancel()
	out, err := exec.CommandContext(ctx, cc, argv...).CombinedOutput()
	if err != nil {
		keep := filepath.Join(os.TempDir(), fmt.Sprintf("goc-fuzz-fail-%d", time.Now().UnixNano()))
		os.MkdirAll(keep, 0o755)
		os.WriteFile(filepath.Join(keep, "prog.go"), src, 0o644)
		os.WriteFile(filepath.Join(keep, "prog.c"), []byte(c), 0o644)
		msg := string(out)
		if len(msg) > 3000 {
			msg = msg[:3000] + "..."
		}
		t.Fatalf("generated C does not compile (%v; kept in %s):\n%s\nsource:\n%s", err, keep, msg, src)
	}
}

// TestMutants is a deterministic sweep for finding bugs in bulk (it reports
// every failure, where the fuzzer stops at the first): with
// GOC_FUZZ_MUTANTS=N it checks mutants 1..N (Mutate) of every conformance
// program, with GOC_FUZZ_MUTANTS=A-B mutants A..B. Skipped without the variable.
func TestMutants(t *testing.T) {
	from, n := 1, 0
	v := os.Getenv("GOC_FUZZ_MUTANTS")
	if a, b, ok := strings.Cut(v, "-"); ok { // a range of mutation seeds: A-B
		from, _ = strconv.Atoi(a)
		n, _ = strconv.Atoi(b)
	} else {
		n, _ = strconv.Atoi(v)
	}
	if n <= 0 || from <= 0 {
		t.Skip("set GOC_FUZZ_MUTANTS=N (or A-B) to check mutants 1..N (A..B) of every conformance program")
	}
	for _, p := range conformancePrograms(t, 1) {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(filepath.Dir(p)) + "/" + filepath.Base(p)
		for m := from; m <= n; m++ {
			mut := Mutate(src, uint64(m))
			t.Run(fmt.Sprintf("%s#%d", name, m), func(t *testing.T) {
				t.Parallel()
				checkTranslate(t, mut)
			})
		}
	}
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}
