package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestRecordInvalidation: a rebuild with nothing changed is up to date from
// the build record (nothing loaded, translated or compiled); every kind of
// change the go command would see makes the next build load the program
// again and gives the program the change makes: an edit of a dependency's
// file that keeps its size (at once, in the same tick of the file system's
// clock), a new import, a file added to a package, a build constraint, the
// go line of go.mod, an embedded file, the build tags in GOFLAGS; the go
// command runs again for all but the edit of a function body. An edit of a
// comment translates the package again but compiles no C.
func TestRecordInvalidation(t *testing.T) {
	needRuntime(t)
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	const lib1 = "package lib\n\n// Name says who.\nfunc Name() string { return \"A\" }\n"
	write("go.mod", "module example.com/rec\n\ngo 1.22\n")
	write("lib/lib.go", lib1)
	write("main.go", `package main

import (
	_ "embed"
	"example.com/rec/lib"
)

//go:embed msg.txt
var msg string

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	println(lib.Name(), msg, fs[0]()+fs[1]()+fs[2]())
}
`)
	write("msg.txt", "hi")
	cache := []string{"XDG_CACHE_HOME=" + objCache(t), "GOCDEBUG=time"}
	exe := filepath.Join(dir, "rec")
	listed := true // the last build ran the go command
	build := func(env []string, want string) (upToDate bool, compiled []string) {
		t.Helper()
		_, stderr, code := gocIn(t, dir, append(append([]string(nil), cache...), env...), "build", "-x", "-o", exe, ".")
		if code != 0 {
			t.Fatalf("build: exit %d: %s", code, stderr)
		}
		// (a build that loads twice runs the go command at most once)
		listed = regexp.MustCompile(`goc: go list \([1-9]`).MatchString(stderr)
		out, err := exec.Command(exe).CombinedOutput()
		if err != nil || string(out) != want {
			t.Fatalf("program prints %q (%v), want %q", out, err, want)
		}
		return strings.Contains(stderr, "goc: up to date"), compiledUnits(stderr)
	}
	if up, _ := build(nil, "A hi 3\n"); up {
		t.Fatal("first build: up to date with an empty cache")
	}
	if up, compiled := build(nil, "A hi 3\n"); !up || len(compiled) != 0 {
		t.Errorf("unchanged program: up to date %v, compiled %v; want up to date, nothing compiled", up, compiled)
	}
	steps := []struct {
		what   string
		edit   func()
		env    []string
		want   string
		listed bool // the go command must run again
	}{
		{"an edit of lib.go keeping its size", func() { write("lib/lib.go", strings.Replace(lib1, `"A"`, `"B"`, 1)) }, nil, "B hi 3\n", false},
		{"a new import in lib.go", func() {
			write("lib/lib.go", "package lib\n\nimport \"strings\"\n\n// Name says who.\nfunc Name() string { return strings.ToLower(\"B\") }\n")
		}, nil, "b hi 3\n", true},
		{"an edit of lib.go", func() { write("lib/lib.go", strings.Replace(lib1, `"A"`, `"B"`, 1)) }, nil, "B hi 3\n", true},
		{"a file added to lib", func() {
			write("lib/init.go", "package lib\n\nfunc init() { println(\"init\") }\n")
		}, nil, "init\nB hi 3\n", true},
		{"a build constraint excluding init.go", func() {
			write("lib/init.go", "//go:build ignore\n\npackage lib\n\nfunc init() { println(\"init\") }\n")
		}, nil, "B hi 3\n", true},
		{"init.go included again", func() {
			write("lib/init.go", "package lib\n\nfunc init() { println(\"init\") }\n")
		}, nil, "init\nB hi 3\n", true},
		{"the go line of go.mod (1.21: one loop variable)", func() { write("go.mod", "module example.com/rec\n\ngo 1.21\n") }, nil, "init\nB hi 9\n", true},
		{"the embedded file", func() { write("msg.txt", "ho") }, nil, "init\nB ho 9\n", true},
		{"GOFLAGS=-tags=quiet (init.go excluded)", func() {
			write("lib/init.go", "//go:build !quiet\n\npackage lib\n\nfunc init() { println(\"init\") }\n")
		}, []string{"GOFLAGS=-tags=quiet"}, "B ho 9\n", true},
	}
	for _, s := range steps {
		s.edit()
		if up, _ := build(s.env, s.want); up {
			t.Errorf("after %s: up to date", s.what)
		}
		if listed != s.listed {
			t.Errorf("after %s: the go command ran %v, want %v", s.what, listed, s.listed)
		}
		if up, _ := build(s.env, s.want); !up {
			t.Errorf("after %s, built twice: not up to date", s.what)
		}
	}
	write("lib/lib.go", strings.Replace(lib1, "says who", "tells who", 1))
	if up, compiled := build(nil, "init\nA ho 9\n"); up || len(compiled) != 1 {
		t.Errorf("after a body edit: up to date %v, compiled %v; want lib's unit", up, compiled)
	}
	write("lib/lib.go", strings.Replace(lib1, "says who", "said who", 1))
	if up, compiled := build(nil, "init\nA ho 9\n"); up || len(compiled) != 0 {
		t.Errorf("after a comment edit: up to date %v, compiled %v; want loaded, nothing compiled", up, compiled)
	}
}

// TestRecordSkipBodiesSameC: after an edit, the packages whose files are
// unchanged since the recorded build are type-checked without their
// function bodies (load.Config.SkipBodies); the C of every unit is then
// the same as a build with an empty cache gives, which checks everything
// (bench/build/multi: own packages with generics and interfaces, fmt,
// strings, unicode, sort, ...; edits of the leaf package and of main).
// (The caches share their object files: the same C is compiled once.)
func TestRecordSkipBodiesSameC(t *testing.T) {
	needRuntime(t)
	dir := t.TempDir()
	if out, err := exec.Command("cp", "-r", "../../../bench/build/multi/.", dir).CombinedOutput(); err != nil {
		t.Fatalf("cp: %v %s", err, out)
	}
	cacheA := objCache(t)
	exe := filepath.Join(dir, "prog")
	build := func(cache string, work bool) (stdout, stderr string) {
		t.Helper()
		args := []string{"build", "-o", exe}
		if work {
			args = append(args, "-work")
		}
		_, stderr, code := gocIn(t, dir, []string{"XDG_CACHE_HOME=" + cache, "GOCDEBUG=time"}, append(args, ".")...)
		if code != 0 {
			t.Fatalf("build: exit %d: %s", code, stderr)
		}
		out, err := exec.Command(exe).CombinedOutput()
		if err != nil {
			t.Fatalf("program: %v\n%s", err, out)
		}
		return string(out), stderr
	}
	out1, _ := build(cacheA, false)
	edit := func(name, old, new string) {
		t.Helper()
		path := filepath.Join(dir, name)
		b, err := os.ReadFile(path)
		if err != nil || !strings.Contains(string(b), old) {
			t.Fatalf("%s: %v, or no %q", name, err, old)
		}
		os.WriteFile(path, []byte(strings.Replace(string(b), old, new, 1)), 0o644)
	}
	edit("internal/ids/ids.go", `"#" + strconv.Itoa(int(id))`, `"#" + strconv.Itoa(int(id)+0)`)
	edit("main.go", `"hull %v"`, `"convex hull %v"`)
	outA, stderrA := build(cacheA, true)
	if !strings.Contains(stderrA, "with function bodies not type-checked") || strings.Contains(stderrA, ", 0 with function bodies not type-checked") {
		t.Fatalf("the rebuild type-checked every function body:\n%s", stderrA)
	}
	if strings.Contains(stderrA, "loading again") {
		t.Fatalf("the rebuild loaded the program twice:\n%s", stderrA)
	}
	outB, stderrB := build(objCache(t), true)
	if outA != outB || outA != strings.Replace(out1, "hull", "convex hull", 1) {
		t.Fatalf("programs print\n%s\nand\n%s\n(first build:\n%s)", outA, outB, out1)
	}
	workA, workB := workDir(t, stderrA), workDir(t, stderrB)
	files, _ := filepath.Glob(filepath.Join(workB, "*.c"))
	if len(files) < 10 {
		t.Fatalf("WORK of the full build has %d units", len(files))
	}
	for _, fb := range files {
		a, errA := os.ReadFile(filepath.Join(workA, filepath.Base(fb)))
		b, errB := os.ReadFile(fb)
		if errA != nil || errB != nil || string(a) != string(b) {
			t.Errorf("unit %s differs between the rebuild and a build from an empty cache (%v %v)", filepath.Base(fb), errA, errB)
		}
	}
}

// workDir returns the WORK= directory a -work build printed (removed at the
// test's end).
func workDir(t *testing.T, stderr string) string {
	t.Helper()
	i := strings.Index(stderr, "WORK=")
	if i < 0 {
		t.Fatalf("no WORK= line in %q", stderr)
	}
	d := strings.Fields(stderr[i+len("WORK="):])[0]
	t.Cleanup(func() { os.RemoveAll(d) })
	return d
}

// objCache returns an empty goc cache (for XDG_CACHE_HOME) whose object
// files are the shared test cache's: units, build records and everything
// else are its own, but C already compiled by other tests is not compiled
// again.
func objCache(t *testing.T) string {
	t.Helper()
	d := t.TempDir()
	obj := filepath.Join(testCache, "goc", "obj")
	if err := os.MkdirAll(obj, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(d, "goc"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(obj, filepath.Join(d, "goc", "obj")); err != nil {
		t.Fatal(err)
	}
	return d
}

// TestNewProgramSkipsStdBodies: a program built for the first time (no
// record of it) with a cache that holds the standard packages' units
// type-checks the standard packages without their function bodies and
// loads once; the C of every unit is the same as a build with an empty
// cache gives, which checks everything. A standard package whose unit is
// missing (strconv, in neither earlier program) makes the build load again
// in full, with the same result.
func TestNewProgramSkipsStdBodies(t *testing.T) {
	needRuntime(t)
	cache := objCache(t)
	first, second, third := t.TempDir(), t.TempDir(), t.TempDir()
	write := func(dir, src string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// println, not fmt: fewer packages to compile without pruning
	write(first, "package main\n\nimport (\n\t\"sort\"\n\t\"strings\"\n)\n\nfunc main() { println(strings.ToUpper(\"first\"), sort.IntsAreSorted([]int{1, 2})) }\n")
	write(second, "package main\n\nimport (\n\t\"sort\"\n\t\"strings\"\n)\n\nfunc main() {\n\tw := strings.Fields(\"b a c\")\n\tsort.Strings(w)\n\tprintln(strings.Join(w, \",\"))\n}\n")
	write(third, "package main\n\nimport (\n\t\"strconv\"\n\t\"strings\"\n)\n\nfunc main() { println(strings.ToLower(strconv.Quote(\"Third\"))) }\n")
	build := func(dir, cache string) (stdout, stderr string) {
		t.Helper()
		exe := filepath.Join(dir, "prog")
		// noprune: -work keeps the C as translated, not the part compiled
		// (which the programs built with a cache decide)
		_, stderr, code := gocIn(t, dir, []string{"XDG_CACHE_HOME=" + cache, "GOCDEBUG=time,noprune"}, "build", "-work", "-o", exe, "main.go")
		if code != 0 {
			t.Fatalf("build: exit %d: %s", code, stderr)
		}
		out, err := exec.Command(exe).CombinedOutput()
		if err != nil {
			t.Fatalf("program: %v\n%s", err, out)
		}
		return string(out), stderr
	}
	sameC := func(stderrA, stderrB string) {
		t.Helper()
		workA, workB := workDir(t, stderrA), workDir(t, stderrB)
		files, _ := filepath.Glob(filepath.Join(workB, "*.c"))
		if len(files) < 10 {
			t.Fatalf("WORK of the full build has %d units", len(files))
		}
		for _, fb := range files {
			a, errA := os.ReadFile(filepath.Join(workA, filepath.Base(fb)))
			b, errB := os.ReadFile(fb)
			if errA != nil || errB != nil || string(a) != string(b) {
				t.Errorf("unit %s differs between the build with std bodies left out and a build from an empty cache (%v %v)", filepath.Base(fb), errA, errB)
			}
		}
	}
	_, stderr1 := build(first, cache)
	if !strings.Contains(stderr1, ", 0 with function bodies not type-checked") {
		t.Fatalf("the first build with an empty cache left bodies out:\n%s", stderr1)
	}
	out2, stderr2 := build(second, cache)
	if out2 != "a,b,c\n" {
		t.Fatalf("second program prints %q", out2)
	}
	if strings.Contains(stderr2, ", 0 with function bodies not type-checked") || !strings.Contains(stderr2, "with function bodies not type-checked") {
		t.Fatalf("the second program's build type-checked every function body:\n%s", stderr2)
	}
	if strings.Contains(stderr2, "loading again") {
		t.Fatalf("the second program's build loaded the program twice:\n%s", stderr2)
	}
	out2B, stderr2B := build(second, objCache(t))
	if out2B != out2 {
		t.Fatalf("programs print %q and %q", out2, out2B)
	}
	sameC(stderr2, stderr2B)
	out3, stderr3 := build(third, cache)
	if out3 != "\"third\"\n" || !strings.Contains(stderr3, "loading again") {
		t.Fatalf("third program prints %q; a missing strconv unit should load it again:\n%s", out3, stderr3)
	}
	_, stderr3B := build(third, objCache(t))
	sameC(stderr3, stderr3B)
}
