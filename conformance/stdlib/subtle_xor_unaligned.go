// crypto/subtle.XORBytes (and crypto/cipher's streams on top of it) on
// slices at every offset from word alignment and of every length around a
// few words: the result must not depend on how the bytes are aligned.
package main

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/subtle"
	"fmt"
	"hash/crc32"
)

func main() {
	buf := make([]byte, 256)
	for i := range buf {
		buf[i] = byte(i*7 + 3)
	}
	sum := crc32.NewIEEE()
	for off := 0; off < 8; off++ {
		for n := 0; n <= 40; n++ {
			x := buf[off : off+n]
			y := buf[100+(off*3)%8 : 100+(off*3)%8+n]
			dst := make([]byte, n+9)[1+off%8:]
			k := subtle.XORBytes(dst, x, y)
			for i := 0; i < n; i++ {
				if dst[i] != x[i]^y[i] {
					fmt.Println("wrong byte", off, n, i)
				}
			}
			sum.Write(dst[:k])
		}
	}
	fmt.Printf("xor: %08x\n", sum.Sum32())

	block, err := aes.NewCipher([]byte("0123456789abcdef"))
	if err != nil {
		panic(err)
	}
	msg := make([]byte, 100)
	copy(msg[3:], "an unaligned message for counter mode, longer than a few words of the machine")
	out := make([]byte, 101)
	cipher.NewCTR(block, make([]byte, 16)).XORKeyStream(out[1:98], msg[3:])
	fmt.Printf("ctr: %x\n", out[1:98])
	back := make([]byte, 97)
	cipher.NewCTR(block, make([]byte, 16)).XORKeyStream(back, out[1:98])
	fmt.Printf("back: %q\n", back)
}
