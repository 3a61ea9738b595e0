package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConcErrors: misuse of channel directions is a Go error and a member
// of package runtime that goc's replacement (load/override/runtime) does not
// declare is "unsupported";
// each diagnostic is at the line of its "// ERROR: text" comment and contains
// text; the exit status is 1 and no output file is written.
func TestConcErrors(t *testing.T) {
	for _, name := range []string{"chan_typeerr.go", "std_unsupported.go"} {
		path := "../../testdata/conc/" + name
		out := filepath.Join(t.TempDir(), "prog")
		stdout, stderr, code := goc(t, nil, "build", "-o", out, path)
		if code != 1 || stdout != "" {
			t.Errorf("%s: exit %d, stdout %q; want 1 and none", name, code, stdout)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%s: output file written despite errors", name)
		}
		got := map[string]string{} // "path:line" → diagnostic text
		for _, l := range strings.Split(strings.TrimSpace(stderr), "\n") {
			m := posRE.FindStringSubmatch(l)
			if m == nil {
				t.Errorf("%s: malformed diagnostic %q", name, l)
				continue
			}
			got[m[1]+":"+m[2]] += m[3] + "\n"
		}
		want := expectedDiags(t, path)
		if len(got) != len(want) {
			t.Errorf("%s: %d lines with diagnostics, want %d:\n%s", name, len(got), len(want), stderr)
		}
		for _, w := range want {
			i := strings.Index(w, ": ")
			if !strings.Contains(got[w[:i]], w[i+2:]) {
				t.Errorf("%s: no diagnostic containing %q at %s in:\n%s", name, w[i+2:], w[:i], stderr)
			}
		}
	}
}

// TestConcRun: goroutines, channels, sync (an embedded Mutex, a Locker, a
// promoted method value, Map), sync/atomic, time and runtime through goc run;
// once_run.go: sync.OnceFunc/OnceValue/OnceValues, panics included.
func TestConcRun(t *testing.T) {
	for _, name := range []string{"conc_run", "once_run"} {
		stdout, stderr, code := goc(t, nil, "run", "../../testdata/conc/"+name+".go")
		want, _ := os.ReadFile("../../testdata/conc/" + name + ".out")
		if code != 0 || stdout != string(want) {
			t.Errorf("%s: exit %d, stderr %q\nstdout:\n%s\nwant:\n%s", name, code, stderr, stdout, want)
		}
	}
}
