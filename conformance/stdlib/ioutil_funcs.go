// io/ioutil (deprecated wrappers over os and io, still common): WriteFile,
// ReadFile, ReadDir (sorted FileInfos), TempDir, TempFile, ReadAll,
// NopCloser, Discard.
package main

import (
	"fmt"
	"io"
	"io/ioutil"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := ioutil.TempDir("", "goc_ioutil_")
	fmt.Println("tempdir:", err, strings.HasPrefix(filepath.Base(dir), "goc_ioutil_"))
	defer os.RemoveAll(dir)
	for _, n := range []string{"c", "a", "b"} {
		fmt.Println(ioutil.WriteFile(filepath.Join(dir, n), []byte("file "+n), 0600))
	}
	data, err := ioutil.ReadFile(filepath.Join(dir, "b"))
	fmt.Printf("%q %v\n", data, err)
	_, err = ioutil.ReadFile(filepath.Join(dir, "missing"))
	fmt.Println(strings.ReplaceAll(err.Error(), dir, "$DIR"))
	infos, err := ioutil.ReadDir(dir)
	fmt.Println("readdir:", err)
	for _, fi := range infos {
		fmt.Println(" ", fi.Name(), fi.Size(), fi.Mode(), fi.IsDir())
	}
	f, err := ioutil.TempFile(dir, "tmp*.txt")
	fmt.Println("tempfile:", err, strings.HasSuffix(f.Name(), ".txt"))
	f.WriteString("through a temp file")
	f.Close()
	r, _ := os.Open(f.Name())
	all, err := ioutil.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)
	rc := ioutil.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())
	n, err := io.Copy(ioutil.Discard, strings.NewReader(strings.Repeat("z", 12345)))
	fmt.Println(n, err)
}
