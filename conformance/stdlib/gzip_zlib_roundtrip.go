// compress/gzip and compress/zlib round trips: header fields, levels,
// multiple members, concatenated streams, and the errors for a corrupt
// checksum, a bad header and a truncated stream.
package main

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"io"
	"strings"
	"time"
)

func main() {
	text := []byte(strings.Repeat("gzip and zlib round trip. ", 300))
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Name = "notes.txt"
	w.Comment = "made by a conformance program"
	w.ModTime = time.Unix(1700000000, 0)
	w.Extra = []byte("xy")
	w.Write(text)
	w.Close()
	size := buf.Len()
	w2 := gzip.NewWriter(&buf) // a second member
	w2.Write([]byte("second member"))
	w2.Close()
	data := buf.Bytes()
	fmt.Printf("gzip: %d bytes, magic % x, flags %d\n", size, data[:2], data[3])
	r, err := gzip.NewReader(bytes.NewReader(data))
	fmt.Println("reader:", err, r.Name, r.Comment, r.ModTime.Unix(), string(r.Extra), r.OS)
	out, err := io.ReadAll(r)
	fmt.Println(len(out), bytes.Equal(out[:len(text)], text), string(out[len(text):]), err)
	r.Reset(bytes.NewReader(data))
	r.Multistream(false)
	out, _ = io.ReadAll(r)
	fmt.Println("one member:", len(out))

	bad := append([]byte(nil), data[:size]...)
	bad[size-5] ^= 0xff // the CRC-32
	_, err = io.ReadAll(mustReader(bad))
	fmt.Println("crc:", err)
	_, err = gzip.NewReader(strings.NewReader("not gzip at all"))
	fmt.Println("header:", err)
	_, err = io.ReadAll(mustReader(data[:size/2]))
	fmt.Println("truncated:", err)

	for _, level := range []int{zlib.NoCompression, zlib.BestSpeed, zlib.DefaultCompression, zlib.BestCompression} {
		var zb bytes.Buffer
		zw, _ := zlib.NewWriterLevel(&zb, level)
		zw.Write(text)
		zw.Close()
		n := zb.Len()
		zr, err := zlib.NewReader(&zb)
		out, err2 := io.ReadAll(zr)
		fmt.Printf("zlib level %d: %d bytes, header % x, %v %v %v\n", level, n, zb.Bytes()[:0], err, bytes.Equal(out, text), err2)
	}
	var zb bytes.Buffer
	zw := zlib.NewWriter(&zb)
	zw.Write([]byte("checksum"))
	zw.Close()
	zbad := zb.Bytes()
	fmt.Printf("zlib stream % x\n", zbad)
	zbad[len(zbad)-1] ^= 1
	zr, _ := zlib.NewReader(bytes.NewReader(zbad))
	_, err = io.ReadAll(zr)
	fmt.Println("adler:", err)
	_, err = zlib.NewReader(strings.NewReader("xx"))
	fmt.Println("zlib header:", err)
}

func mustReader(b []byte) io.Reader {
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return strings.NewReader("")
	}
	return r
}
