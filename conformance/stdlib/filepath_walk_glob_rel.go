// path/filepath from GOROOT on os: Walk and WalkDir (lexical order,
// SkipDir, errors), Glob and Match, Rel, Join/Clean/Split/Ext/Base/Dir,
// Abs, EvalSymlinks and SplitList, on a temporary tree.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	root, err := os.MkdirTemp("", "goc_filepath_")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(root)
	for _, p := range []string{"b/x.go", "b/y.txt", "a/one.go", "a/deep/two.go", "a/deep/three.txt", "c/skip/me.go", "top.go"} {
		full := filepath.Join(root, p)
		os.MkdirAll(filepath.Dir(full), 0755)
		os.WriteFile(full, []byte(p), 0644)
	}
	os.Symlink(filepath.Join(root, "a"), filepath.Join(root, "link"))
	rel := func(p string) string {
		r, err := filepath.Rel(root, p)
		if err != nil {
			return "rel error: " + err.Error()
		}
		return r
	}

	fmt.Println("Walk:")
	err = filepath.Walk(root, func(path string, info fs.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if info.IsDir() && info.Name() == "skip" {
			fmt.Println("  skip", rel(path))
			return filepath.SkipDir
		}
		size := info.Size() // directories' and symlinks' sizes depend on the file system and the temporary name
		if !info.Mode().IsRegular() {
			size = -1
		}
		fmt.Printf("  %s dir=%v size=%d\n", rel(path), info.IsDir(), size)
		return nil
	})
	fmt.Println("  err:", err)

	fmt.Println("WalkDir .go files:")
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(path) == ".go" {
			fmt.Println(" ", rel(path), d.Type())
		}
		return nil
	})
	stop := errors.New("stop")
	n := 0
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if n++; n == 3 {
			return stop
		}
		return nil
	})
	fmt.Println("stopped after", n, errors.Is(err, stop))
	err = filepath.Walk(filepath.Join(root, "missing"), func(path string, info fs.FileInfo, err error) error {
		fmt.Println("  callback error:", strings.ReplaceAll(err.Error(), root, "$ROOT"))
		return err
	})
	fmt.Println("walk missing:", errors.Is(err, fs.ErrNotExist))

	for _, pat := range []string{"*/*.go", "a/*", "?/*.txt", "[ab]/*", "a/deep/t*"} {
		m, err := filepath.Glob(filepath.Join(root, pat))
		var rs []string
		for _, p := range m {
			rs = append(rs, rel(p))
		}
		fmt.Println("Glob", pat, rs, err)
	}
	_, err = filepath.Glob("[")
	fmt.Println("bad pattern:", err)
	for _, c := range [][2]string{{"*.go", "x.go"}, {"a/*/c", "a/b/c"}, {"a/*/c", "a/b/d/c"}, {"[^a]*", "abc"}, {"\\*", "*"}} {
		ok, err := filepath.Match(c[0], c[1])
		fmt.Println("Match", c[0], c[1], ok, err)
	}

	for _, c := range [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a/b", "a/b"}, {"/a", "b"}, {"../a", "b"}} {
		r, err := filepath.Rel(c[0], c[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", c[0], c[1], r, err)
	}
	fmt.Println(filepath.Join("a", "b/../c", "/d"), filepath.Clean("a//b/./../c/"), filepath.Clean(""))
	dir, file := filepath.Split("/usr/lib/go/VERSION")
	fmt.Println(dir, file, filepath.Ext("x.tar.gz"), filepath.Base("/a/b/"), filepath.Dir("/a/b/c"), filepath.IsAbs("/x"))
	fmt.Println(filepath.SplitList("/bin:/usr/bin::/x"), filepath.ToSlash("a/b"), filepath.VolumeName("/x"))
	abs, _ := filepath.Abs("rel/path")
	wd, _ := os.Getwd()
	fmt.Println("Abs:", abs == filepath.Join(wd, "rel/path"))
	real, err := filepath.EvalSymlinks(filepath.Join(root, "link", "deep"))
	realRoot, _ := filepath.EvalSymlinks(root)
	fmt.Println("EvalSymlinks:", strings.TrimPrefix(real, realRoot), err)
}
