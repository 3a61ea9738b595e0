package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// isGCC decides whether gcc's x86-64 copy strategy flags are passed: by the
// compiler's name after symbolic links, behind a caching wrapper.
func TestIsGCC(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"gcc-12", "x86_64-linux-gnu-gcc", "clang-14", "tcc", "ccache", "notgccx"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("#!/bin/sh\n"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for link, target := range map[string]string{"cc": "gcc-12", "c99": "clang-14", "mycc": "x86_64-linux-gnu-gcc"} {
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Fatal(err)
		}
	}
	for cc, want := range map[string]bool{
		"gcc-12": true, "cc": true, "mycc": true, "ccache cc": true, "ccache  gcc-12 ": true,
		"clang-14": false, "c99": false, "tcc": false, "notgccx": false, "ccache clang-14": false,
		"": false, "no-such-compiler": false,
	} {
		path := cc
		if cc != "" && cc != "no-such-compiler" {
			path = ""
			for i, w := range strings.Fields(cc) {
				if i > 0 {
					path += " "
				}
				path += filepath.Join(dir, w)
			}
		}
		if got := isGCC(path); got != want {
			t.Errorf("isGCC(%q) = %v, want %v", cc, got, want)
		}
	}
}
