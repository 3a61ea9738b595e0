// github.com/google/uuid: parsing, formatting, name-based (SHA-1, MD5)
// UUIDs, versions and variants, comparisons, text marshaling.
package main

import (
	"fmt"

	"github.com/google/uuid"
)

func main() {
	u := uuid.MustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
	fmt.Println(u, u.Version(), u.Variant(), u == uuid.NameSpaceDNS)
	sha := uuid.NewSHA1(uuid.NameSpaceDNS, []byte("go.dev"))
	md5 := uuid.NewMD5(uuid.NameSpaceURL, []byte("https://go.dev/"))
	fmt.Println(sha, sha.Version(), md5, md5.Version())
	fmt.Println(sha.URN())
	for _, s := range []string{"{6ba7b810-9dad-11d1-80b4-00c04fd430c8}", "6ba7b8109dad11d180b400c04fd430c8", "urn:uuid:6ba7b811-9dad-11d1-80b4-00c04fd430c8", "not-a-uuid"} {
		p, err := uuid.Parse(s)
		fmt.Println(p, err)
	}
	b, _ := sha.MarshalText()
	var back uuid.UUID
	fmt.Println(string(b), back.UnmarshalText(b), back == sha)
	fmt.Println(uuid.Nil, uuid.Validate("6ba7b810-9dad-11d1-80b4-00c04fd430c8"))
	r := uuid.New()
	fmt.Println(len(r.String()), r.Version(), r.Variant())
}
