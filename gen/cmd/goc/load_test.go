package main

import (
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
// arguments and flavor; package a's initialization comes first.
func toolOut(args, flavor string) string {
	return "a.Y 1\na.X 2\na.init 1\na.init 2\ntool tool 7\n7 " + args + " " + flavor + "\n"
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
