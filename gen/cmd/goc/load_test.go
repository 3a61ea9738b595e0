package main

import (
	"archive/zip"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The arguments goc build and run take, as the go command takes them, in
// the module testdata/goctest: files, directories, relative and import
// path patterns, -tags and GOFLAGS' tags, program arguments; and the errors
// of programs goc cannot build.

// toolOut is what goctest/cmd/tool prints (println: on stderr) with the given
// arguments and flavor; package a's initialization comes first, and
// a.Trace's line before main's (println evaluates its operands first).
func toolOut(args, flavor string) string {
	return "a.Y 1\na.X 2\na.init 1\na.init 2\ntool 7\ntool 7 " + args + " " + flavor + "\n"
}

func TestLoadArgumentForms(t *testing.T) {
	needRuntime(t)
	tool, _ := filepath.Abs(filepath.Join(goctest, "cmd", "tool"))
	for _, tc := range []struct {
		dir  string
		env  []string
		args []string
		want string
	}{
		{goctest, nil, []string{"run", "./cmd/tool", "x", "y"}, toolOut("x,y", "plain")},
		{goctest, nil, []string{"run", "goctest/cmd/tool"}, toolOut("", "plain")},
		{tool, nil, []string{"run", ".", "z"}, toolOut("z", "plain")},
		{tool, nil, []string{"run", "main.go", "plain.go", "w"}, toolOut("w", "plain")},
		{goctest, nil, []string{"run", "-tags", "goctag", "./cmd/tool"}, toolOut("", "tagged")},
		{goctest, nil, []string{"run", "-tags=other,goctag", "./cmd/tool"}, toolOut("", "tagged")},
		{goctest, []string{"GOFLAGS=-tags=goctag"}, []string{"run", "./cmd/tool"}, toolOut("", "tagged")},
	} {
		_, stderr, code := gocIn(t, tc.dir, tc.env, tc.args...)
		if code != 0 || stderr != tc.want {
			t.Errorf("%v in %s: exit %d, stderr %q, want %q", tc.args, tc.dir, code, stderr, tc.want)
		}
	}
	// goc build -o with an import path; with a directory named the executable is its last element
	out := t.TempDir()
	for _, args := range [][]string{{"build", "-o", filepath.Join(out, "t1"), "goctest/cmd/tool"}, {"build", "-o", out, "./cmd/tool"}} {
		if _, stderr, code := gocIn(t, goctest, nil, args...); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
	}
	for _, exe := range []string{"t1", "tool"} {
		got, err := exec.Command(filepath.Join(out, exe), "q").CombinedOutput()
		if err != nil || string(got) != toolOut("q", "plain") {
			t.Errorf("%s: %v %q", exe, err, got)
		}
	}
	// goc build in a package directory without arguments writes ./tool
	dir := t.TempDir()
	copyDir(t, filepath.Join(goctest, "cmd", "tool"), dir)
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/tool\n\ngo 1.23\n\nrequire goctest v0.0.0\n\nreplace goctest => "+absPath(t, goctest)+"\n"), 0o644)
	if _, stderr, code := gocIn(t, dir, nil, "build"); code != 0 {
		t.Fatalf("build in %s: exit %d: %s", dir, code, stderr)
	}
	if got, err := exec.Command(filepath.Join(dir, "tool")).CombinedOutput(); err != nil || string(got) != toolOut("", "plain") {
		t.Errorf("./tool: %v %q", err, got)
	}
	// a directory outside any module is built as its files
	lone := t.TempDir()
	os.WriteFile(filepath.Join(lone, "main.go"), []byte("package main\n\nfunc main() { println(\"lone\") }\n"), 0o644)
	if _, stderr, code := gocIn(t, lone, nil, "run", "."); code != 0 || stderr != "lone\n" {
		t.Errorf("run %s: exit %d, stderr %q", lone, code, stderr)
	}
}

func TestLoadErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string // stderr
	}{
		// cgo in the user's package: at its import "C"; in a required module: at the user's import
		{[]string{"build", "prog/cgo_user.go"}, `cgouse/cgouse.go:5:8: unsupported: cgo (import "C")`},
		{[]string{"build", "prog/cgo_module.go"}, `prog/cgo_module.go:3:8: unsupported: package "example.com/cgodep" uses cgo (import "C" in cgodep.go), which goc does not translate`},
		{[]string{"build", "./a"}, `a/a.go:2:9: unsupported: package a (goc builds package main only)`},
		{[]string{"build", "./nosuchdir"}, `nosuchdir: directory not found`},
		{[]string{"run", "example.com/nosuch"}, `no required module provides package example.com/nosuch`},
	} {
		out := filepath.Join(t.TempDir(), "prog")
		args := append([]string{tc.args[0], "-o", out}, tc.args[1:]...)
		if tc.args[0] == "run" {
			args = tc.args
		}
		stdout, stderr, code := gocIn(t, goctest, nil, args...)
		if code != 1 || stdout != "" || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 1 and %q", tc.args, code, stdout, stderr, tc.want)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%v: output written despite errors", tc.args)
		}
	}
	// a pattern naming several packages
	_, stderr, code := gocIn(t, goctest, nil, "build", "./...")
	if code != 1 || !strings.Contains(stderr, "goc builds one main package") {
		t.Errorf("build ./...: exit %d, stderr %q", code, stderr)
	}
}

func absPath(t *testing.T, p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func copyDir(t *testing.T, from, to string) {
	ents, err := os.ReadDir(from)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(to, e.Name()), b, 0o644)
	}
}

// TestLoadModuleEnvironment: the go command's settings reach the go command
// goc loads packages with, as users set them: GOFLAGS=-mod=vendor builds a
// go 1.13 module (whose default ignores vendor/) from its vendor directory;
// a module comes from the GOPROXY given (a file proxy) into the GOMODCACHE
// given, with GOFLAGS of two flags, and its checksum is looked up in the
// checksum database unless GONOSUMDB exempts it; GOPROXY=off stops a download;
// goc build -o x example.com/app builds the main module by its path.
func TestLoadModuleEnvironment(t *testing.T) {
	needRuntime(t)
	tmp := t.TempDir()
	write := func(path, text string) {
		t.Helper()
		path = filepath.Join(tmp, path)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	const lib = "package lib\n\nfunc Hello() string { return \"hello from lib\" }\n"
	const mainGo = "package main\n\nimport \"example.com/lib\"\n\nfunc main() { println(lib.Hello()) }\n"
	run := func(dir string, env ...string) (string, int) {
		t.Helper()
		_, stderr, code := gocIn(t, filepath.Join(tmp, dir), env, "run", ".")
		return stderr, code
	}

	// vendor/ of a go 1.13 module: used with -mod=vendor only
	write("ven/go.mod", "module example.com/app\n\ngo 1.13\n\nrequire example.com/lib v1.0.0\n")
	write("ven/main.go", mainGo)
	write("ven/vendor/example.com/lib/lib.go", lib)
	write("ven/vendor/modules.txt", "# example.com/lib v1.0.0\nexample.com/lib\n")
	if stderr, code := run("ven", "GOPROXY=off", "GOFLAGS="); code != 1 || !strings.Contains(stderr, "missing go.sum entry") {
		t.Errorf("go 1.13 module without -mod=vendor: exit %d, stderr %q; want the go command's missing go.sum entry", code, stderr)
	}
	if stderr, code := run("ven", "GOPROXY=off", "GOFLAGS=-mod=vendor"); code != 0 || stderr != "hello from lib\n" {
		t.Errorf("GOFLAGS=-mod=vendor: exit %d, stderr %q", code, stderr)
	}

	// a file proxy serving example.com/lib v1.0.0 (list, info, mod, zip)
	at := "proxy/example.com/lib/@v/"
	write(at+"list", "v1.0.0\n")
	write(at+"v1.0.0.info", `{"Version":"v1.0.0","Time":"2024-01-01T00:00:00Z"}`+"\n")
	write(at+"v1.0.0.mod", "module example.com/lib\n\ngo 1.21\n")
	var zbuf bytes.Buffer
	zw := zip.NewWriter(&zbuf)
	for name, text := range map[string]string{"go.mod": "module example.com/lib\n\ngo 1.21\n", "lib.go": lib} {
		f, err := zw.Create("example.com/lib@v1.0.0/" + name)
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte(text))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	write(at+"v1.0.0.zip", zbuf.String())
	write("app/go.mod", "module example.com/app\n\ngo 1.21\n\nrequire example.com/lib v1.0.0\n")
	write("app/main.go", mainGo)
	modcache := filepath.Join(tmp, "modcache")
	env := []string{"GOPROXY=file://" + filepath.ToSlash(filepath.Join(tmp, "proxy")), "GOMODCACHE=" + modcache,
		"GOFLAGS=-mod=mod -modcacherw", "GOSUMDB=sum.golang.org", "GOPRIVATE=", "GONOSUMCHECK=", "GONOSUMDB="}
	if stderr, code := run("app", "GOPROXY=off", "GOFLAGS=-mod=mod"); code != 1 || !strings.Contains(stderr, "GOPROXY=off") {
		t.Errorf("GOPROXY=off: exit %d, stderr %q; want the go command's refusal", code, stderr)
	}
	// without GONOSUMDB the checksum database is asked about example.com/lib: it does not know it (or is out of reach)
	if stderr, code := run("app", env...); code != 1 || !strings.Contains(stderr, "verifying module") {
		t.Errorf("without GONOSUMDB: exit %d, stderr %q; want a failed verification", code, stderr)
	}
	os.Remove(filepath.Join(tmp, "app", "go.sum"))
	if stderr, code := run("app", append(env, "GONOSUMDB=example.com")...); code != 0 || stderr != "hello from lib\n" {
		t.Errorf("GONOSUMDB=example.com: exit %d, stderr %q", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(modcache, "example.com", "lib@v1.0.0", "lib.go")); err != nil {
		t.Errorf("the module is not in GOMODCACHE: %v", err)
	}
	// the main module named by its path
	exe := filepath.Join(tmp, "app.exe")
	if _, stderr, code := gocIn(t, filepath.Join(tmp, "app"), append(env, "GONOSUMDB=example.com"), "build", "-o", exe, "example.com/app"); code != 0 {
		t.Fatalf("build -o %s example.com/app: exit %d: %s", exe, code, stderr)
	}
	if got, err := exec.Command(exe).CombinedOutput(); err != nil || string(got) != "hello from lib\n" {
		t.Errorf("%s: %v %q", exe, err, got)
	}
}
