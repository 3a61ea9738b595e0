package main

import (
	"debug/elf"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestLinkModes builds one program both ways goc links: statically (the
// installation's goc_ldflags, when make found every archive) and
// dynamically (an empty goc_ldflags). Either way runtime.Caller and a
// panic's traceback name the Go file and line, which needs libdw: linked
// in (runtime/dwstatic.c) or loaded with dlopen (runtime/symtab.c), and
// the goc_functab records that name Go functions (kept by lld only with
// -z nostart-stop-gc).
func TestLinkModes(t *testing.T) {
	repo, _ := filepath.Abs("../../..")
	flags, err := os.ReadFile(filepath.Join(repo, "runtime", "goc_ldflags"))
	if err != nil {
		t.Fatalf("runtime/goc_ldflags: %v (make lib writes it)", err)
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "p.go")
	prog := `package main

import (
	"fmt"
	"runtime"
)

func f(n int) int {
	_, file, line, _ := runtime.Caller(0)
	fmt.Println(filepath(file), line)
	var a []int
	return a[n]
}

func filepath(s string) string {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '/' {
			return s[i+1:]
		}
	}
	return s
}

func main() { f(3) }
`
	if err := os.WriteFile(src, []byte(prog), 0o644); err != nil {
		t.Fatal(err)
	}
	// A second installation whose goc_ldflags is empty: goc links dynamically.
	dyn := filepath.Join(dir, "dynroot")
	os.MkdirAll(filepath.Join(dyn, "runtime"), 0o755)
	os.Symlink(filepath.Join(repo, "include"), filepath.Join(dyn, "include"))
	for _, f := range []string{"libgocrt.a", "goc_text.ld"} {
		os.Symlink(filepath.Join(repo, "runtime", f), filepath.Join(dyn, "runtime", f))
	}
	os.WriteFile(filepath.Join(dyn, "runtime", "goc_ldflags"), nil, 0o644)

	for _, mode := range []struct {
		name   string
		root   string
		static bool
	}{
		{"default", repo, strings.Contains(string(flags), "-static")},
		{"dynamic", dyn, false},
	} {
		exe := filepath.Join(dir, mode.name)
		if _, stderr, code := goc(t, []string{"GOCROOT=" + mode.root}, "build", "-o", exe, src); code != 0 {
			t.Fatalf("%s: goc build: exit %d\n%s", mode.name, code, stderr)
		}
		f, err := elf.Open(exe)
		if err != nil {
			t.Fatal(err)
		}
		interp := false
		for _, p := range f.Progs {
			interp = interp || p.Type == elf.PT_INTERP
		}
		f.Close()
		if interp == mode.static {
			t.Errorf("%s: program has an interpreter: %v, want %v", mode.name, interp, !mode.static)
		}
		cmd := exec.Command(exe)
		var out, errOut strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &errOut
		err = cmd.Run()
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 2 {
			t.Errorf("%s: run: %v, want exit status 2", mode.name, err)
		}
		if out.String() != "p.go 9\n" {
			t.Errorf("%s: runtime.Caller printed %q, want %q", mode.name, out.String(), "p.go 9\n")
		}
		if !strings.Contains(errOut.String(), "index out of range [3] with length 0") ||
			!strings.Contains(errOut.String(), "main.f(...)\n\t"+src+":12 +0x") ||
			!strings.Contains(errOut.String(), "main.main()\n\t"+src+":24 +0x") {
			t.Errorf("%s: traceback without Go lines:\n%s", mode.name, errOut.String())
		}
	}
	if !strings.Contains(string(flags), "-static") {
		t.Logf("this installation links dynamically (runtime/goc_ldflags is empty): static mode not tested")
	}
}
