package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// The tests below translate packages from a small GOROOT in testdata
// (GOC_GOROOT), the way goc translates the real standard library.
func fakeGOROOT(t *testing.T) []string {
	t.Helper()
	r, err := filepath.Abs("../../testdata/goroot")
	if err != nil {
		t.Fatal(err)
	}
	return []string{"GOC_GOROOT=" + r}
}

// TestPackageUnsupported: a construct goc cannot translate in an imported
// package (a function implemented in assembly) is reported at its position,
// naming the package; exit status 1, nothing on stdout.
func TestPackageUnsupported(t *testing.T) {
	out := filepath.Join(t.TempDir(), "prog")
	stdout, stderr, code := goc(t, fakeGOROOT(t), "build", "-o", out, "../../testdata/pkg_asm.go")
	if code != 1 || stdout != "" {
		t.Fatalf("exit %d, stdout %q; want 1 and none (stderr %q)", code, stdout, stderr)
	}
	want := `goroot/src/goctest/asm/asm.go:4:6: unsupported: function Add without body (assembly) (in package "goctest/asm")`
	if got := strings.TrimSpace(stderr); !strings.HasSuffix(got, want) || strings.Count(got, "\n") != 0 {
		t.Errorf("stderr %q, want one line ending in %q", got, want)
	}
}

// TestPackageInitOrder: each package is initialized once, after the packages
// it imports and before main: its variables in dependency order, then its
// init functions in source order; a function of an imported package deferred
// directly can recover.
func TestPackageInitOrder(t *testing.T) {
	stdout, stderr, code := goc(t, fakeGOROOT(t), "run", "../../testdata/pkg_init.go")
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
	stdout, stderr, code := goc(t, fakeGOROOT(t), "run", "../../testdata/pkg_linkname.go")
	if code != 0 || stderr != "monotonic true\n" {
		t.Errorf("exit %d, stdout %q, stderr %q; want monotonic true", code, stdout, stderr)
	}
	out := filepath.Join(t.TempDir(), "prog")
	stdout, stderr, code = goc(t, fakeGOROOT(t), "build", "-o", out, "../../testdata/pkg_linkname_missing.go")
	want := `goroot/src/goctest/clock/clock.go:11:6: unsupported: function unprovided without body (assembly) (in package "goctest/clock")`
	if got := strings.TrimSpace(stderr); code != 1 || stdout != "" || !strings.HasSuffix(got, want) {
		t.Errorf("exit %d, stdout %q, stderr %q; want 1 and one line ending in %q", code, stdout, stderr, want)
	}
}
