package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden .c files in testdata")

var gocBin string

// testCache is the build cache the tests share (objects of package units are
// reused between test programs); tests that count compilations pass their
// own XDG_CACHE_HOME.
var testCache string

// TestMain builds the goc command into bin/ of a temporary root that links
// to the repository's include/ and runtime/, so runtime discovery is exercised.
func TestMain(m *testing.M) {
	flag.Parse()
	tmp, err := os.MkdirTemp("", "goc-test")
	if err != nil {
		panic(err)
	}
	repo, _ := filepath.Abs("../../..")
	os.MkdirAll(filepath.Join(tmp, "bin"), 0o755)
	os.Symlink(filepath.Join(repo, "include"), filepath.Join(tmp, "include"))
	os.Symlink(filepath.Join(repo, "runtime"), filepath.Join(tmp, "runtime"))
	gocBin = filepath.Join(tmp, "bin", "goc")
	testCache = filepath.Join(tmp, "cache")
	out, err := exec.Command("go", "build", "-o", gocBin, ".").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "building goc: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(tmp)
	os.Exit(code)
}

func goc(t *testing.T, env []string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	return gocIn(t, "", env, args...)
}

// userEnviron is the test's environment as a user's shell would have it: the
// Makefile's GOFLAGS=-mod=mod is for building goc itself, and with it the go
// command goc runs would look missing modules up on the proxy.
func userEnviron() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GOFLAGS=") {
			env = append(env, kv)
		}
	}
	return env
}

// gocIn runs goc in directory dir ("": the test's).
func gocIn(t *testing.T, dir string, env []string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(gocBin, args...)
	cmd.Dir = dir
	cmd.Env = append(userEnviron(), "XDG_CACHE_HOME="+testCache)
	cmd.Env = append(cmd.Env, env...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	code = 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return o.String(), e.String(), code
}

func TestTypeErrors(t *testing.T) {
	_, stderr, code := goc(t, nil, "emit", "../../testdata/typeerr.go")
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	want := `../../testdata/typeerr.go:6:2: declared and not used: x
../../testdata/typeerr.go:7:14: undefined: y
../../testdata/typeerr.go:8:6: declared and not used: z
../../testdata/typeerr.go:8:14: cannot use "s" (untyped string constant) as int value in variable declaration
`
	if stderr != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", stderr, want)
	}
}

// expectedDiags reads the "// ERROR: msg" comments of a test program as file:line: msg lines.
func expectedDiags(t *testing.T, path string) []string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var want []string
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		if i := strings.Index(sc.Text(), "// ERROR: "); i >= 0 {
			want = append(want, fmt.Sprintf("%s:%d: %s", path, line, sc.Text()[i+len("// ERROR: "):]))
		}
	}
	return want
}

var posRE = regexp.MustCompile(`^(.*):(\d+):\d+: (.*)$`)

func TestUnsupported(t *testing.T) {
	for _, name := range []string{"unsupported.go", "unsupported_import.go", "unsupported_type.go", "unsupported_iterpull.go"} {
		path := "../../testdata/" + name
		out := filepath.Join(t.TempDir(), "prog")
		stdout, stderr, code := goc(t, nil, "build", "-o", out, path)
		if code != 1 {
			t.Errorf("%s: exit %d, want 1", name, code)
		}
		if stdout != "" {
			t.Errorf("%s: unexpected stdout %q", name, stdout)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%s: output file written despite errors", name)
		}
		var got []string
		for _, l := range strings.Split(strings.TrimSpace(stderr), "\n") {
			if strings.HasPrefix(l, "\t") {
				continue // a message's continuation line, as the go command prints them
			}
			m := posRE.FindStringSubmatch(l)
			if m == nil {
				t.Errorf("%s: malformed diagnostic %q", name, l)
				continue
			}
			got = append(got, fmt.Sprintf("%s:%s: %s", m[1], m[2], m[3]))
		}
		want := expectedDiags(t, path)
		for _, w := range want {
			found := false
			for _, g := range got {
				if g == w {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: missing diagnostic %q in:\n%s", name, w, stderr)
			}
		}
	}
}

func TestInternalErrorRecovered(t *testing.T) {
	_, stderr, code := goc(t, []string{"GOC_TEST_INTERNAL_PANIC=1"}, "emit", "../../testdata/hello.go")
	if code != 3 {
		t.Errorf("exit %d, want 3", code)
	}
	if !strings.HasPrefix(stderr, "goc: internal error: ") || strings.Contains(stderr, "goroutine") {
		t.Errorf("stderr %q: want one internal-error line, no stack trace", stderr)
	}
}

func TestCCompilerFailure(t *testing.T) {
	_, stderr, code := goc(t, []string{"CC=false"}, "run", "../../testdata/hello.go")
	if code != 3 || !strings.Contains(stderr, "goc: internal error: C compiler failed on generated code, kept in ") {
		t.Errorf("exit %d stderr %q", code, stderr)
	}
}

func TestEmitGolden(t *testing.T) {
	stdout, stderr, code := goc(t, nil, "emit", "../../testdata/hello.go")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	// file names are absolute in the C (#line): the golden has them relative
	abs, _ := filepath.Abs("../../testdata")
	stdout = strings.ReplaceAll(stdout, abs+"/", "../../testdata/")
	golden := "../../testdata/hello.c"
	if *update {
		os.WriteFile(golden, []byte(stdout), 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if stdout != string(want) {
		t.Errorf("emitted C differs from %s (run go test ./cmd/goc -update after checking the change)", golden)
	}
	for _, s := range []string{"#include <goc.h>", "/* func main() */", "main__Point__Sum", "goc_growslice", "goc_mapassign_faststr", "#line 11 "} {
		if !strings.Contains(stdout, s) {
			t.Errorf("emitted C lacks %q", s)
		}
	}
}

func TestRunAndBuild(t *testing.T) {
	if _, err := os.Stat("../../../runtime/libgocrt.a"); err != nil {
		t.Skip("runtime/libgocrt.a not built")
	}
	// hello prints with println (stderr): with fmt its emitted C (the golden
	// testdata/hello.c) would hold reflect's, os' and thirty more packages'
	stdout, stderr, code := goc(t, nil, "run", "../../testdata/hello.go")
	want, _ := os.ReadFile("../../testdata/hello.out")
	if code != 0 || stderr != string(want) {
		t.Fatalf("run: exit %d stdout %q stderr %q", code, stdout, stderr)
	}
	out := filepath.Join(t.TempDir(), "hello")
	if _, stderr, code := goc(t, nil, "build", "-o", out, "../../testdata/hello.go"); code != 0 {
		t.Fatalf("build: exit %d: %s", code, stderr)
	}
	var got strings.Builder
	cmd := exec.Command(out)
	cmd.Stderr = &got
	if err := cmd.Run(); err != nil || got.String() != string(want) {
		t.Errorf("built program: %v %q", err, got.String())
	}
}

// TestPrograms runs testdata/programs/*.go, whose .out (stdout) and .exit
// files were produced by Go 1.23, and compares goc's results.
func TestPrograms(t *testing.T) {
	if _, err := os.Stat("../../../runtime/libgocrt.a"); err != nil {
		t.Skip("runtime/libgocrt.a not built")
	}
	files, _ := filepath.Glob("../../testdata/programs/*.go")
	if len(files) == 0 {
		t.Fatal("no test programs")
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".go")
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(f, ".go") + ".out")
			if err != nil {
				t.Fatal(err)
			}
			wantCode := 0
			if b, err := os.ReadFile(strings.TrimSuffix(f, ".go") + ".exit"); err == nil {
				fmt.Sscan(string(b), &wantCode)
			}
			stdout, stderr, code := goc(t, nil, "run", f)
			if code != wantCode || stdout != string(want) {
				t.Errorf("exit %d (want %d)\nstdout:\n%s\nwant:\n%s\nstderr:\n%s", code, wantCode, stdout, want, stderr)
			}
		})
	}
}

// TestBlockVarDeclaredAtTop: a stack variable whose address is taken in a
// block may be used through a pointer after the block (time.Time.Format's
// buf); a C object's lifetime ends with its block (ASan reports
// stack-use-after-scope, the C compiler may share its storage), so goc
// declares it at the top of the C function.
func TestBlockVarDeclaredAtTop(t *testing.T) {
	stdout, stderr, code := goc(t, nil, "emit", "../../../conformance/lang/block_var_lifetime.go")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, c := range []struct{ fn, decl, use string }{
		{"main__pointer(goc_int k) {", "main__arr a;", "if ((k > 0)) {"},
		{"main__buffer(goc_int n) {", "goc_arr64_uint8 buf;", "if ((n < 64)) {"},
	} {
		i := strings.Index(stdout, c.fn)
		if i < 0 {
			t.Fatalf("no %q in the C", c.fn)
		}
		body := stdout[i:]
		body = body[:strings.Index(body, "\n}\n")]
		d, u := strings.Index(body, c.decl), strings.Index(body, c.use)
		if d < 0 || u < 0 || d > u {
			t.Errorf("%s: want %q declared before %q:\n%s", c.fn, c.decl, c.use, body)
		}
	}
}
