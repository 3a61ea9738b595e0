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
// package (a function implemented in assembly) is reported once, at the
// main package's import line, naming the package, the reason and its
// position; exit status 1, nothing on stdout.
func TestPackageUnsupported(t *testing.T) {
	out := filepath.Join(t.TempDir(), "prog")
	stdout, stderr, code := goc(t, fakeGOROOT(t), "build", "-o", out, "../../testdata/pkg_asm.go")
	if code != 1 || stdout != "" {
		t.Fatalf("exit %d, stdout %q; want 1 and none (stderr %q)", code, stdout, stderr)
	}
	want := `pkg_asm.go:3:8: unsupported: package goctest/asm: function Add without body (assembly) (`
	got := strings.TrimSpace(stderr)
	if !strings.Contains(got, want) || !strings.HasSuffix(got, "goroot/src/goctest/asm/asm.go:4:6)") || strings.Count(got, "\n") != 0 {
		t.Errorf("stderr %q, want one line with %q and the position in asm.go", got, want)
	}
}

// TestPackageUnsupportedNeeds: a package that builds on one goc cannot
// translate is reported at its own import line, naming the cause; each
// import line once.
func TestPackageUnsupportedNeeds(t *testing.T) {
	out := filepath.Join(t.TempDir(), "prog")
	stdout, stderr, code := goc(t, fakeGOROOT(t), "build", "-o", out, "../../testdata/pkg_needs.go")
	if code != 1 || stdout != "" {
		t.Fatalf("exit %d, stdout %q; want 1 and none (stderr %q)", code, stdout, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	want := []string{
		`pkg_needs.go:4:2: unsupported: package goctest/asm: function Add without body (assembly) (`,
		`pkg_needs.go:5:2: unsupported: package goctest/needsasm (needs goctest/asm: function Add without body (assembly) (`,
	}
	if len(lines) != len(want) {
		t.Fatalf("stderr %q, want %d lines", stderr, len(want))
	}
	for i, w := range want {
		if !strings.Contains(lines[i], w) {
			t.Errorf("line %d: %q, want it to contain %q", i+1, lines[i], w)
		}
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
	want := `pkg_linkname_missing.go:3:8: unsupported: package goctest/clock: function unprovided without body (assembly) (`
	if got := strings.TrimSpace(stderr); code != 1 || stdout != "" || !strings.Contains(got, want) || !strings.HasSuffix(got, "clock.go:11:6)") {
		t.Errorf("exit %d, stdout %q, stderr %q; want 1 and one line ending in %q", code, stdout, stderr, want)
	}
}

// TestPackageLinknameGo: a body-less function implemented by Go code of
// another package, which pushes itself to its link name (as sync pushes
// syscall.hasWaitingReaders) or which its directive pulls, calls that code.
func TestPackageLinknameGo(t *testing.T) {
	stdout, stderr, code := goc(t, fakeGOROOT(t), "run", "../../testdata/pkg_linkname_go.go")
	if code != 0 || stderr != "sum 35\n" {
		t.Errorf("exit %d, stdout %q, stderr %q; want sum 35", code, stdout, stderr)
	}
}

// TestEmbed: //go:embed fills string, []byte and embed.FS variables with
// the files beside the program (directories without hidden files unless
// all:, embed.FS's order, the SHA-256 prefix gc records); the testdata
// GOROOT's embed has the layout of GOROOT's embed.FS.
func TestEmbed(t *testing.T) {
	stdout, stderr, code := goc(t, fakeGOROOT(t), "run", "../../testdata/embed/main.go")
	want := "hello, embed\n47 bytes true\nBytes 0 0 true\nhello.txt true hello, embed\n\n" +
		"static/ true \nstatic/a.txt true a\nstatic/sub/ true \nstatic/sub/b.txt true b\n8 a\n51 31\n"
	if code != 0 || stderr != want {
		t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant:\n%s", code, stdout, stderr, want)
	}
}

// TestEmbedErrors: the go command's first pattern error, then the
// compiler's checks of the variables, with gc's texts and positions.
func TestEmbedErrors(t *testing.T) {
	for name, want := range map[string][]string{
		"patterns.go": {"patterns.go:8:12: pattern emptydir: cannot embed directory emptydir: contains no embeddable files"},
		"vars.go": {"vars.go:8:3: go:embed cannot apply to multiple vars",
			"vars.go:11:3: go:embed cannot apply to var with initializer",
			"vars.go:17:3: misplaced go:embed directive"},
		"types.go": {"types.go:6:5: go:embed cannot apply to var of type int",
			"types.go:9:5: invalid go:embed: multiple files for type []byte"},
		"noimport.go": {`noimport.go:3:3: go:embed only allowed in Go files that import "embed"`},
	} {
		out := filepath.Join(t.TempDir(), "prog")
		stdout, stderr, code := goc(t, fakeGOROOT(t), "build", "-o", out, "../../testdata/embed_errors/"+name)
		lines := strings.Split(strings.TrimSpace(stderr), "\n")
		if code != 1 || stdout != "" || len(lines) != len(want) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want 1 and %d lines", name, code, stdout, stderr, len(want))
			continue
		}
		for i, w := range want {
			if !strings.HasSuffix(lines[i], "embed_errors/"+w) {
				t.Errorf("%s: line %q, want it to end in %q", name, lines[i], w)
			}
		}
	}
}
