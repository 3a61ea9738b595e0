package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
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
// and unicode is compiled as one C unit per package plus the main unit;
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
		out, err := exec.Command(exe).Output()
		if err != nil {
			t.Fatalf("running: %v", err)
		}
		return string(out)
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
		out, err := exec.Command(exe).Output()
		want := map[string]string{"shared_a": "ABABAB\n", "shared_b": "GO 4 ----\n"}[name]
		if err != nil || string(out) != want {
			t.Errorf("%s prints %q (%v), want %q", name, out, err, want)
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
