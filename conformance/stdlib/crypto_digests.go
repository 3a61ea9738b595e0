// crypto from GOROOT's portable code (the purego build tag, as gc builds for
// a target without assembly): MD5, SHA-1, SHA-224/256/384/512 and
// SHA-512/256 digests (one-shot, streamed, of 1 MiB), HMAC, AES-GCM sealing
// and opening, constant-time comparison.
package main

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
)

func main() {
	msg := []byte("The quick brown fox jumps over the lazy dog")
	fmt.Printf("md5        %x\n", md5.Sum(msg))
	fmt.Printf("sha1       %x\n", sha1.Sum(msg))
	fmt.Printf("sha224     %x\n", sha256.Sum224(msg))
	fmt.Printf("sha256     %x\n", sha256.Sum256(msg))
	fmt.Printf("sha384     %x\n", sha512.Sum384(msg))
	fmt.Printf("sha512     %x\n", sha512.Sum512(msg))
	fmt.Printf("sha512/256 %x\n", sha512.Sum512_256(msg))
	fmt.Printf("empty md5  %x\n", md5.Sum(nil))

	big := make([]byte, 1<<20)
	for i := range big {
		big[i] = byte(i*7 + i>>8)
	}
	for _, h := range []struct {
		name string
		new  func() hash.Hash
	}{{"md5", md5.New}, {"sha1", sha1.New}, {"sha256", sha256.New}, {"sha512", sha512.New}} {
		d := h.new()
		for off := 0; off < len(big); off += 1000 { // uneven pieces through the block buffer
			end := min(off+1000, len(big))
			io.WriteString(d, string(big[off:end]))
		}
		fmt.Printf("%-6s 1MiB %x size %d block %d\n", h.name, d.Sum(nil), d.Size(), d.BlockSize())
	}

	m := hmac.New(sha256.New, []byte("key"))
	m.Write(msg)
	sum := m.Sum(nil)
	fmt.Println("hmac-sha256", hex.EncodeToString(sum))
	m.Reset()
	m.Write(msg)
	fmt.Println("hmac equal after reset:", hmac.Equal(sum, m.Sum(nil)))
	m1 := hmac.New(md5.New, []byte("a much longer key than the block size of md5, which is sixty-four bytes"))
	m1.Write(msg)
	fmt.Printf("hmac-md5 %x\n", m1.Sum(nil))

	fmt.Println(subtle.ConstantTimeCompare([]byte("abc"), []byte("abc")), subtle.ConstantTimeCompare([]byte("abc"), []byte("abd")))
	block, err := aes.NewCipher([]byte("0123456789abcdef"))
	fmt.Println("aes:", err, block.BlockSize())
	gcm, _ := cipher.NewGCM(block)
	nonce := make([]byte, gcm.NonceSize())
	ct := gcm.Seal(nil, nonce, msg, []byte("header"))
	fmt.Printf("gcm %x\n", ct)
	pt, err := gcm.Open(nil, nonce, ct, []byte("header"))
	fmt.Printf("open %q %v\n", pt, err)
	ct[0] ^= 1
	_, err = gcm.Open(nil, nonce, ct, []byte("header"))
	fmt.Println("tampered:", err)
	_, err = aes.NewCipher([]byte("short"))
	fmt.Println("bad key:", err)
}
