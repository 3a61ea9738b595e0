// hash/crc32 (IEEE and Castagnoli, one-shot and streamed: the portable
// tables), hash/crc64, hash/adler32 and hash/fnv (32/64/128, plain and a).
package main

import (
	"fmt"
	"hash/adler32"
	"hash/crc32"
	"hash/crc64"
	"hash/fnv"
)

func main() {
	msg := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Println("crc32 ieee", crc32.ChecksumIEEE(msg))
	cast := crc32.MakeTable(crc32.Castagnoli)
	fmt.Println("crc32 castagnoli", crc32.Checksum(msg, cast))
	fmt.Println("crc32 koopman", crc32.Checksum(msg, crc32.MakeTable(crc32.Koopman)))
	h := crc32.New(cast)
	for i := 0; i < len(msg); i += 5 {
		h.Write(msg[i:min(i+5, len(msg))])
	}
	fmt.Println("crc32 streamed", h.Sum32(), crc32.Update(0, crc32.IEEETable, msg))
	long := make([]byte, 100000)
	for i := range long {
		long[i] = byte(i % 251)
	}
	fmt.Println("crc32 long", crc32.ChecksumIEEE(long), crc32.Checksum(long, cast))
	fmt.Println("crc64 ecma", crc64.Checksum(msg, crc64.MakeTable(crc64.ECMA)))
	fmt.Println("crc64 iso", crc64.Checksum(long, crc64.MakeTable(crc64.ISO)))
	fmt.Println("adler32", adler32.Checksum(msg), adler32.Checksum(long))
	for _, n := range []struct {
		name string
		sum  func() []byte
	}{
		{"fnv32", func() []byte { h := fnv.New32(); h.Write(msg); return h.Sum(nil) }},
		{"fnv32a", func() []byte { h := fnv.New32a(); h.Write(msg); return h.Sum(nil) }},
		{"fnv64", func() []byte { h := fnv.New64(); h.Write(msg); return h.Sum(nil) }},
		{"fnv64a", func() []byte { h := fnv.New64a(); h.Write(msg); return h.Sum(nil) }},
		{"fnv128", func() []byte { h := fnv.New128(); h.Write(msg); return h.Sum(nil) }},
		{"fnv128a", func() []byte { h := fnv.New128a(); h.Write(msg); return h.Sum(nil) }},
	} {
		fmt.Printf("%s %x\n", n.name, n.sum())
	}
}
