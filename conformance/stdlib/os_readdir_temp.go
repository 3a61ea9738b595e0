// os.MkdirTemp/CreateTemp make fresh names from a pattern, os.ReadDir lists a directory sorted
// by name with types and lazy Info, os.RemoveAll removes a tree (and rejects a path ending in ".").
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "goc-rd-*-x")
	fmt.Println(err, strings.HasPrefix(dir, os.TempDir()+"/goc-rd-"), strings.HasSuffix(dir, "-x"))
	for _, n := range []string{"b.txt", "a.txt", "c"} {
		if n == "c" {
			os.MkdirAll(dir+"/c/d/e", 0755)
			os.WriteFile(dir+"/c/d/e/f", []byte("x"), 0644)
			continue
		}
		os.WriteFile(dir+"/"+n, []byte(n), 0644)
	}
	f, err := os.CreateTemp(dir, "tmp*.go")
	fmt.Println(err, strings.HasSuffix(f.Name(), ".go"))
	f.Close()
	os.Remove(f.Name())
	ents, err := os.ReadDir(dir)
	fmt.Println(len(ents), err)
	for _, e := range ents {
		info, err := e.Info()
		fmt.Println(e.Name(), e.IsDir(), e.Type(), info.Size() > 0, err, e)
	}
	_, err = os.ReadDir(dir + "/a.txt")
	fmt.Println(err != nil, errors.Is(err, fs.ErrNotExist))
	_, err = os.ReadDir(dir + "/missing")
	fmt.Println(errors.Is(err, fs.ErrNotExist), err.(*fs.PathError).Op)
	_, err = os.MkdirTemp(dir, "bad/pattern")
	fmt.Println(err)
	err = os.RemoveAll(dir + "/c/.")
	fmt.Println(err.(*fs.PathError).Op, err.(*fs.PathError).Err)
	fmt.Println(os.RemoveAll(dir))
	_, err = os.Stat(dir)
	fmt.Println(os.IsNotExist(err), os.RemoveAll(dir), os.RemoveAll(""))
}
