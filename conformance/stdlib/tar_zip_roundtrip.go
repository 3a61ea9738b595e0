// archive/tar and archive/zip round trips in memory: headers (names, modes,
// sizes, times, types, links), file contents, directory entries, zip's
// compression methods and comments, and the errors for truncated archives.
package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"time"
)

var mtime = time.Date(2024, 2, 29, 12, 30, 45, 0, time.UTC)

func main() {
	var tb bytes.Buffer
	tw := tar.NewWriter(&tb)
	files := []struct{ name, body string }{{"readme.txt", "read me\n"}, {"dir/data.bin", string(make([]byte, 1000))}, {"empty", ""}}
	tw.WriteHeader(&tar.Header{Name: "dir/", Typeflag: tar.TypeDir, Mode: 0755, ModTime: mtime})
	for _, f := range files {
		err := tw.WriteHeader(&tar.Header{Name: f.name, Mode: 0644, Size: int64(len(f.body)), ModTime: mtime, Uname: "gopher", Format: tar.FormatPAX})
		if err != nil {
			fmt.Println(err)
		}
		tw.Write([]byte(f.body))
	}
	tw.WriteHeader(&tar.Header{Name: "link", Typeflag: tar.TypeSymlink, Linkname: "readme.txt", ModTime: mtime})
	_, err := tw.Write([]byte("too long"))
	fmt.Println("write past size:", err)
	fmt.Println("close:", tw.Close(), tb.Len())
	tr := tar.NewReader(&tb)
	for {
		h, err := tr.Next()
		if err != nil {
			fmt.Println("next:", err)
			break
		}
		body, _ := io.ReadAll(tr)
		fmt.Printf("%-12s type %c mode %v size %d len %d link %q time %v user %q\n", h.Name, h.Typeflag, h.FileInfo().Mode(), h.Size, len(body), h.Linkname, h.ModTime.UTC(), h.Uname)
	}
	_, err = tar.NewReader(bytes.NewReader(make([]byte, 100))).Next()
	fmt.Println("short tar:", err)

	var zb bytes.Buffer
	zw := zip.NewWriter(&zb)
	zw.SetComment("archive comment")
	for i, f := range files {
		h := &zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: mtime}
		if i == 0 {
			h.Method = zip.Store
			h.Comment = "stored"
		}
		w, err := zw.CreateHeader(h)
		if err != nil {
			fmt.Println(err)
			continue
		}
		w.Write([]byte(f.body))
	}
	zw.Create("dir2/")
	fmt.Println("zip close:", zw.Close())
	zr, err := zip.NewReader(bytes.NewReader(zb.Bytes()), int64(zb.Len()))
	fmt.Println("zip open:", err, zr.Comment, len(zr.File))
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			fmt.Println(f.Name, err)
			continue
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		fmt.Printf("%-12s method %d size %d crc %08x %q dir %v body %d %v %v\n", f.Name, f.Method, f.UncompressedSize64, f.CRC32, f.Comment, f.FileInfo().IsDir(), len(body), f.Modified.UTC(), err)
	}
	b, err := zr.Open("readme.txt")
	if err == nil {
		st, _ := b.Stat()
		fmt.Println("fs:", st.Name(), st.Size())
	}
	_, err = zip.NewReader(bytes.NewReader(zb.Bytes()[:50]), 50)
	fmt.Println("short zip:", err)
}
