package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The tests below build programs of the module in testdata/goctest, whose
// packages import each other, and which requires the module
// testdata/asmdep through a replace directive.

const goctest = "../../testdata/goctest"

// TestPackageUnsupported: a function implemented in assembly, with no Go
// fallback, in a module the program requires is reported at the user's
// import line, naming the package, the function and the assembly; exit
// status 1, nothing on stdout, no output file.
func TestPackageUnsupported(t *testing.T) {
	out := filepath.Join(t.TempDir(), "prog")
	stdout, stderr, code := gocIn(t, goctest, nil, "build", "-o", out, "prog/pkg_asm.go")
	if code != 1 || stdout != "" {
		t.Fatalf("exit %d, stdout %q; want 1 and none (stderr %q)", code, stdout, stderr)
	}
	want := `prog/pkg_asm.go:3:8: unsupported: package "example.com/asmdep" uses assembly with no pure-Go fallback: function Add has no Go body (its assembly: asm_amd64.s)`
	if got := strings.TrimSpace(stderr); got != want {
		t.Errorf("stderr %q, want %q", got, want)
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("output file written despite errors")
	}
}

// TestPackageInitOrder: each package is initialized once, after the packages
// it imports and before main: its variables in dependency order, then its
// init functions in source order; a function of an imported package deferred
// directly can recover.
func TestPackageInitOrder(t *testing.T) {
	stdout, stderr, code := gocIn(t, goctest, nil, "run", "prog/pkg_init.go")
	want := "a.Y 1\na.X 2\na.init 1\na.init 2\nb.Z 20\nb.init\nmain.M 21\nmain.init\na.Recover: boom\nmain 21\n"
	if code != 0 || stderr != want {
		t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant:\n%s", code, stdout, stderr, want)
	}
}

// TestPackageLinkname: a body-less function pulled from the runtime by
// //go:linkname (as time.runtimeNano pulls runtime.nanotime) calls the C
// runtime's function of that link name; a body-less function the runtime
// library does not define stays unsupported.
func TestPackageLinkname(t *testing.T) {
	stdout, stderr, code := gocIn(t, goctest, nil, "run", "prog/pkg_linkname.go")
	if code != 0 || stderr != "monotonic true\n" {
		t.Errorf("exit %d, stdout %q, stderr %q; want monotonic true", code, stdout, stderr)
	}
	out := filepath.Join(t.TempDir(), "prog")
	stdout, stderr, code = gocIn(t, goctest, nil, "build", "-o", out, "prog/pkg_linkname_missing.go")
	want := `clock/clock.go:11:6: unsupported: function unprovided without body (assembly) (in package "goctest/clock")`
	if got := strings.TrimSpace(stderr); code != 1 || stdout != "" || !strings.HasSuffix(got, want) {
		t.Errorf("exit %d, stdout %q, stderr %q; want 1 and one line ending in %q", code, stdout, stderr, want)
	}
}
