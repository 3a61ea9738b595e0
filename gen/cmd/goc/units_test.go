package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// compiledUnits lists the C units a `goc build -x` compiled (its stderr):
// the file names of the compiler's -c commands, without the cache-key prefix.
func compiledUnits(stderr string) []string {
	var units []string
	re := regexp.MustCompile(` -c (\S+)`)
	for _, l := range strings.Split(stderr, "\n") {
		if m := re.FindStringSubmatch(l); m != nil {
			f := filepath.Base(m[1])
			if i := strings.IndexByte(f, '-'); i >= 0 {
				f = f[i+1:] // cache files are <key>-<unit>.c
			}
			units = append(units, f)
		}
	}
	sort.Strings(units)
	return units
}

func needRuntime(t *testing.T) {
	if _, err := os.Stat("../../../runtime/libgocrt.a"); err != nil {
		t.Skip("runtime/libgocrt.a not built")
	}
}

// TestUnitsRebuildMain: a program importing bufio, sort, strconv, strings
// and unicode (it prints with println: fmt would add reflect, os and some
// thirty more packages to compile) is compiled as one C unit per package plus the main unit;
// rebuilding it unchanged compiles nothing, and after an edit of main.go
// (a string constant) only the main unit is compiled again.
func TestUnitsRebuildMain(t *testing.T) {
	needRuntime(t)
	cache := []string{"XDG_CACHE_HOME=" + t.TempDir()}
	dir := t.TempDir()
	src, err := os.ReadFile("../../testdata/units/wc.go")
	if err != nil {
		t.Fatal(err)
	}
	prog := filepath.Join(dir, "wc.go")
	exe := filepath.Join(dir, "wc")
	build := func(text string) []string {
		t.Helper()
		if err := os.WriteFile(prog, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		_, stderr, code := goc(t, cache, "build", "-x", "-o", exe, prog)
		if code != 0 {
			t.Fatalf("build: exit %d: %s", code, stderr)
		}
		return compiledUnits(stderr)
	}
	run := func() string {
		t.Helper()
		var stderr strings.Builder
		cmd := exec.Command(exe)
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("running: %v", err)
		}
		return stderr.String() // println's output
	}
	first := build(string(src))
	for _, u := range []string{"main.c", "strings.c", "strconv.c", "sort.c", "bufio.c", "unicode.c"} {
		if !contains(first, u) {
			t.Errorf("first build compiled %v, want %s among them", first, u)
		}
	}
	const want1 = "word counts: the=4 dog=2 fox=2 42=1 brown=1 jumps=1 lazy=1 over=1 quick=1 runs=1 sleeps=1 times=1\n" +
		"0 strconv.Atoi: parsing \"x12\": invalid syntax \"héllo\\n\" 2\n"
	if got := run(); got != want1 {
		t.Errorf("first build prints %q, want %q", got, want1)
	}
	if again := build(string(src)); len(again) != 0 {
		t.Errorf("unchanged program: compiled %v, want nothing", again)
	}
	edited := strings.Replace(string(src), `"word counts"`, `"tally"`, 1)
	if second := build(edited); len(second) != 1 || second[0] != "main.c" {
		t.Errorf("after editing main: compiled %v, want only main.c", second)
	}
	if got, want := run(), strings.Replace(want1, "word counts", "tally", 1); got != want {
		t.Errorf("edited program prints %q, want %q", got, want)
	}
}

// TestUnitsShared: two programs that reach the same functions of package
// strings share its object file (and those of the packages it uses); -work
// keeps every C unit of a program.
func TestUnitsShared(t *testing.T) {
	needRuntime(t)
	cache := []string{"XDG_CACHE_HOME=" + t.TempDir()}
	var compiled [][]string
	for i, name := range []string{"shared_a", "shared_b"} {
		exe := filepath.Join(t.TempDir(), name)
		args := []string{"build", "-x", "-o", exe}
		if i == 0 {
			args = append(args, "-work")
		}
		args = append(args, "../../testdata/units/"+name+".go")
		_, stderr, code := goc(t, cache, args...)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, stderr)
		}
		var out strings.Builder // println's output
		cmd := exec.Command(exe)
		cmd.Stderr = &out
		err := cmd.Run()
		want := map[string]string{"shared_a": "ABABAB\n", "shared_b": "GO 4 ----\n"}[name]
		if err != nil || out.String() != want {
			t.Errorf("%s prints %q (%v), want %q", name, out.String(), err, want)
		}
		compiled = append(compiled, compiledUnits(stderr))
		if i == 0 {
			checkWork(t, stderr, "main.c", "strings.c", "unicode.c")
		}
	}
	if !contains(compiled[0], "strings.c") || !contains(compiled[0], "main.c") {
		t.Errorf("first program compiled %v, want strings.c and main.c among them", compiled[0])
	}
	if len(compiled[1]) != 1 || compiled[1][0] != "main.c" {
		t.Errorf("second program compiled %v, want only its main.c", compiled[1])
	}
}

// TestUnitsNamesFromContent: the C names of anonymous struct and interface
// types, of types declared in functions and of func literals in a package
// do not depend on the importing program (whose own anonymous and local
// types are translated first), so two programs share the package's object.
func TestUnitsNamesFromContent(t *testing.T) {
	needRuntime(t)
	env := []string{"XDG_CACHE_HOME=" + t.TempDir()}
	want := map[string]string{"shapes_a": "3 true triangle [square] \n", "shapes_b": "triangle [square] pentagon  l 1\n"}
	var compiled [][]string
	for _, name := range []string{"shapes_a", "shapes_b"} {
		_, stderr, code := gocIn(t, goctest, env, "run", "-x", "prog/"+name+".go")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, stderr)
		}
		lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
		if out := lines[len(lines)-1] + "\n"; out != want[name] { // println writes to stderr, after -x's lines
			t.Errorf("%s prints %q, want %q", name, out, want[name])
		}
		compiled = append(compiled, compiledUnits(stderr))
	}
	if want := []string{"goctest_shapes.c", "main.c"}; strings.Join(compiled[0], " ") != strings.Join(want, " ") {
		t.Errorf("first program compiled %v, want %v", compiled[0], want)
	}
	if len(compiled[1]) != 1 || compiled[1][0] != "main.c" {
		t.Errorf("second program compiled %v, want only its main.c", compiled[1])
	}
}

// checkWork checks that the WORK directory a build -work printed holds the
// given C units, each starting with the unit header.
func checkWork(t *testing.T, stderr string, units ...string) {
	t.Helper()
	m := regexp.MustCompile(`WORK=(\S+)`).FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("no WORK= line in %q", stderr)
	}
	defer os.RemoveAll(m[1])
	files, _ := filepath.Glob(filepath.Join(m[1], "*.c"))
	var names []string
	for _, f := range files {
		names = append(names, filepath.Base(f))
		b, _ := os.ReadFile(f)
		if !strings.HasPrefix(string(b), "/* Generated by goc: C unit of ") {
			t.Errorf("%s does not start with the unit header", f)
		}
	}
	for _, u := range units {
		if !contains(names, u) {
			t.Errorf("WORK has %v, want %s among them", names, u)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestUnitsEditPackages: in a module of three packages (main imports mid,
// which imports leaf), editing a function body of one package recompiles
// only that package's unit; changing what a package exports (its shape)
// translates again the packages that import it, directly or not, and
// recompiles those whose C changes (mid, when the layout of a leaf type it
// uses changes; not main, which sees none of it); an unchanged program
// compiles nothing.
func TestUnitsEditPackages(t *testing.T) {
	needRuntime(t)
	dir := t.TempDir()
	const leaf1 = "package leaf\n\ntype Box struct{ V int }\n\nfunc Double(b Box) int { return b.V * 2 }\n"
	files := map[string]string{
		"go.mod":       "module example.com/units\n\ngo 1.23\n",
		"leaf/leaf.go": leaf1,
		"mid/mid.go":   "package mid\n\nimport \"example.com/units/leaf\"\n\nfunc Quad(x int) int { return leaf.Double(leaf.Box{V: leaf.Double(leaf.Box{V: x})}) }\n",
		"main.go":      "package main\n\nimport \"example.com/units/mid\"\n\nfunc main() { println(mid.Quad(3)) }\n",
	}
	write := func(name, text string) {
		t.Helper()
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for n, s := range files {
		write(n, s)
	}
	exe := filepath.Join(dir, "units")
	build := func(want string) []string {
		t.Helper()
		_, stderr, code := gocIn(t, dir, nil, "build", "-x", "-o", exe, ".")
		if code != 0 {
			t.Fatalf("build: exit %d: %s", code, stderr)
		}
		out, err := exec.Command(exe).CombinedOutput()
		if err != nil || string(out) != want {
			t.Fatalf("program prints %q (%v), want %q", out, err, want)
		}
		return compiledUnits(stderr)
	}
	build("12\n")
	if again := build("12\n"); len(again) != 0 {
		t.Errorf("unchanged program: compiled %v, want nothing", again)
	}
	const leafC, midC = "example_1com_units_leaf.c", "example_1com_units_mid.c"
	write("leaf/leaf.go", strings.Replace(leaf1, "b.V * 2", "b.V + b.V + 1", 1))
	if got := build("15\n"); strings.Join(got, " ") != leafC {
		t.Errorf("after editing a function body of leaf: compiled %v, want only %s", got, leafC)
	}
	write("leaf/leaf.go", strings.Replace(leaf1, "Box struct{ V int }", "Box struct {\n\tPad [2]int\n\tV   int\n}", 1))
	if got := build("12\n"); strings.Join(got, " ") != strings.Join(sorted([]string{leafC, midC}), " ") {
		t.Errorf("after changing the layout of leaf.Box: compiled %v, want %s and %s", got, leafC, midC)
	}
	write("mid/mid.go", "package mid\n\nimport \"example.com/units/leaf\"\n\nfunc Quad(x int) int { return leaf.Double(leaf.Box{V: x}) + 1 }\n")
	if got := build("7\n"); strings.Join(got, " ") != midC {
		t.Errorf("after editing a function body of mid: compiled %v, want only %s", got, midC)
	}
}

func sorted(s []string) []string {
	s = append([]string(nil), s...)
	sort.Strings(s)
	return s
}

// TestUnitsCcache: goc's C units are the same text at the same path from one
// build to the next, so a caching compiler serves every unit of a rebuild
// from its cache once goc's own cache is emptied (CC="ccache cc").
func TestUnitsCcache(t *testing.T) {
	needRuntime(t)
	if _, err := exec.LookPath("ccache"); err != nil {
		t.Skip("ccache not installed (make deps installs it)")
	}
	cache := t.TempDir()
	env := []string{"XDG_CACHE_HOME=" + cache, "CC=ccache cc", "CCACHE_DIR=" + t.TempDir(), "CCACHE_NOHASHDIR=1"}
	exe := filepath.Join(t.TempDir(), "hello")
	build := func() []string {
		t.Helper()
		_, stderr, code := goc(t, env, "build", "-x", "-o", exe, "../../testdata/hello.go")
		if code != 0 {
			t.Fatalf("build: exit %d: %s", code, stderr)
		}
		return compiledUnits(stderr)
	}
	first := build()
	if err := os.RemoveAll(cache); err != nil {
		t.Fatal(err)
	}
	zero := exec.Command("ccache", "-z")
	zero.Env = append(os.Environ(), env...)
	if out, err := zero.CombinedOutput(); err != nil {
		t.Fatalf("ccache -z: %v %s", err, out)
	}
	second := build()
	if len(first) == 0 || strings.Join(first, " ") != strings.Join(second, " ") {
		t.Fatalf("compiled %v, then %v with an empty goc cache: want the same units", first, second)
	}
	stats := exec.Command("ccache", "--print-stats")
	stats.Env = append(os.Environ(), env...)
	out, err := stats.Output()
	if err != nil {
		t.Fatalf("ccache --print-stats: %v", err)
	}
	hits := 0
	for _, l := range strings.Split(string(out), "\n") {
		f := strings.Fields(l)
		if len(f) == 2 && (f[0] == "direct_cache_hit" || f[0] == "preprocessed_cache_hit") {
			n, _ := strconv.Atoi(f[1])
			hits += n
		}
	}
	if hits != len(second) {
		t.Errorf("ccache served %d of the %d units of the rebuild (stats:\n%s)", hits, len(second), out)
	}
	if got, err := exec.Command(exe).CombinedOutput(); err != nil || len(got) == 0 {
		t.Errorf("rebuilt program: %v %q", err, got)
	}
}
