// compress/flate at every level and in Huffman-only mode, compress/lzw (LSB
// and MSB) round trips of text and binary data, flate with a preset
// dictionary, and compress/bzip2 decoding a stream made by bzip2(1).
package main

import (
	"bytes"
	"compress/bzip2"
	"compress/flate"
	"compress/lzw"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
)

func main() {
	text := []byte(strings.Repeat("the quick brown fox jumps over the lazy dog. ", 200))
	bin := make([]byte, 50000)
	x := uint32(1)
	for i := range bin {
		x = x*1664525 + 1013904223
		bin[i] = byte(x >> 24)
	}
	for _, data := range [][]byte{text, bin, nil} {
		for _, level := range []int{flate.NoCompression, flate.BestSpeed, 5, flate.BestCompression, flate.HuffmanOnly, flate.DefaultCompression} {
			var buf bytes.Buffer
			w, err := flate.NewWriter(&buf, level)
			if err != nil {
				fmt.Println(err)
				continue
			}
			w.Write(data)
			w.Close()
			size := buf.Len()
			out, err := io.ReadAll(flate.NewReader(&buf))
			fmt.Printf("flate level %2d: %6d -> %6d, round trip %v %v\n", level, len(data), size, bytes.Equal(out, data), err)
		}
	}
	_, err := flate.NewWriter(io.Discard, 42)
	fmt.Println("bad level:", err)
	dict := []byte("the quick brown fox")
	var buf bytes.Buffer
	w, _ := flate.NewWriterDict(&buf, flate.BestCompression, dict)
	w.Write(text[:100])
	w.Close()
	out, err := io.ReadAll(flate.NewReaderDict(&buf, dict))
	fmt.Println("dict:", bytes.Equal(out, text[:100]), err)
	_, err = io.ReadAll(flate.NewReader(bytes.NewReader([]byte{0xff, 0xff, 0xff})))
	fmt.Println("corrupt:", err)

	for _, order := range []lzw.Order{lzw.LSB, lzw.MSB} {
		var buf bytes.Buffer
		w := lzw.NewWriter(&buf, order, 8)
		w.Write(text)
		w.Close()
		size := buf.Len()
		out, err := io.ReadAll(lzw.NewReader(&buf, order, 8))
		fmt.Printf("lzw order %d: %d -> %d, round trip %v %v\n", order, len(text), size, bytes.Equal(out, text), err)
	}

	// printf 'hello, bzip2\nhello, bzip2\n' | bzip2 -9 | xxd -p
	stream, _ := hex.DecodeString("425a683931415926535905966beb000006d9800010400410001264c01020" +
		"0020aa8681a6840d034210979a75b5254529f17724538509005966beb0")
	out, err = io.ReadAll(bzip2.NewReader(bytes.NewReader(stream)))
	fmt.Printf("bzip2: %q %v\n", out, err)
	_, err = io.ReadAll(bzip2.NewReader(strings.NewReader("BZh9 not really")))
	fmt.Println("bzip2 corrupt:", err)
}
