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

// TestPackageUnsupportedNeeds: what goc cannot translate in a package the
// user's code imports (here a required module's package that does not
// type-check, as GOROOT packages leaning on what goc lacks do) is reported
// once per import line, naming the package and, for a package that builds
// on it, the cause; exit status 1, nothing on stdout.
func TestPackageUnsupportedNeeds(t *testing.T) {
	out := filepath.Join(t.TempDir(), "prog")
	stdout, stderr, code := gocIn(t, goctest, nil, "build", "-o", out, "prog/pkg_needs.go")
	if code != 1 || stdout != "" {
		t.Fatalf("exit %d, stdout %q; want 1 and none (stderr %q)", code, stdout, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	want := []string{
		`prog/pkg_needs.go:4:2: unsupported: package example.com/needsdep/broken: undefined: missing (`,
		`prog/pkg_needs.go:5:2: unsupported: package example.com/needsdep/uses (needs example.com/needsdep/broken: undefined: missing (`,
	}
	if len(lines) != len(want) {
		t.Fatalf("stderr %q, want %d lines", stderr, len(want))
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) || !strings.Contains(lines[i], "needsdep/broken/broken.go:6:23)") {
			t.Errorf("line %d: %q, want it to start with %q and end at broken.go:6:23", i+1, lines[i], w)
		}
	}
}

// TestPackageLinknameGo: a body-less function implemented by Go code of
// another package, which pushes itself to its link name (as sync pushes
// syscall.hasWaitingReaders) or which its directive pulls, calls that code.
func TestPackageLinknameGo(t *testing.T) {
	stdout, stderr, code := gocIn(t, goctest, nil, "run", "prog/pkg_linkname_go.go")
	if code != 0 || stderr != "sum 35\n" {
		t.Errorf("exit %d, stdout %q, stderr %q; want sum 35", code, stdout, stderr)
	}
}

// TestEmbed: //go:embed fills string, []byte and embed.FS variables with
// the files beside the program (directories without hidden files unless
// all:, embed.FS's order, the inverted SHA-256 prefix gc records), read
// through GOROOT's embed and io/fs.
func TestEmbed(t *testing.T) {
	stdout, stderr, code := goc(t, nil, "run", "../../testdata/embed/main.go")
	// Go 1.23's output for the program; the hashes are gc's (notsha256)
	want := "hello, embed\n47 bytes true\nBytes 0 0 true\n. true false \nhello.txt false true hello, embed\n\n" +
		"static true false \nstatic/a.txt false true a\nstatic/sub true false \nstatic/sub/b.txt false true b\n9 a\n" +
		"hello.txt 13 204 224\nstatic/ 0 0 0\nstatic/a.txt 1 53 178\nstatic/sub/ 0 0 0\nstatic/sub/b.txt 1 193 203\n"
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
		stdout, stderr, code := goc(t, nil, "build", "-o", out, "../../testdata/embed_errors/"+name)
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

// TestPackageLinknamePull: a body-less function pulled from a package the
// program does not import stays unsupported (gc: "relocation target not
// defined"); with that package in the program it calls its Go code, also
// when the cache holds the puller's unit from the failed build (the unit's
// key covers its linkname partners, lower.LinkPartners).
func TestPackageLinknamePull(t *testing.T) {
	out := filepath.Join(t.TempDir(), "prog")
	_, stderr, code := gocIn(t, goctest, nil, "build", "-o", out, "prog/pkg_pull_alone.go")
	if want := `pull.go:8:6: unsupported: function register without body (assembly) (in package "goctest/pull")`; code != 1 || !strings.Contains(stderr, want) {
		t.Errorf("alone: exit %d, stderr %q; want 1 and %q", code, stderr, want)
	}
	_, stderr, code = gocIn(t, goctest, nil, "run", "prog/pkg_pull_both.go")
	if code != 0 || stderr != "pulled 10\n" {
		t.Errorf("both: exit %d, stderr %q; want pulled 10", code, stderr)
	}
}
