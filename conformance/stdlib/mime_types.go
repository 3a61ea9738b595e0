// mime: TypeByExtension for registered and unknown extensions (not for
// common ones: the system's mime.types may override gc's table),
// ParseMediaType and FormatMediaType with parameters
// and errors, RFC 2047 word encoding and decoding, and quoted-printable.
package main

import (
	"fmt"
	"io"
	"mime"
	"mime/quotedprintable"
	"strings"
)

func main() {
	for _, ext := range []string{".goc-nope", ""} {
		fmt.Printf("%s %q\n", ext, mime.TypeByExtension(ext))
	}
	mt, params, err := mime.ParseMediaType(`text/html; charset="utf-8"; q=0.5`)
	fmt.Println(mt, params, err)
	mt, params, err = mime.ParseMediaType(`attachment; filename*=UTF-8''na%C3%AFve.txt`)
	fmt.Println(mt, params, err)
	_, _, err = mime.ParseMediaType("text/html; charset")
	fmt.Println(err)
	_, _, err = mime.ParseMediaType("")
	fmt.Println(err)
	fmt.Println(mime.FormatMediaType("text/plain", map[string]string{"charset": "utf-8", "name": "a b.txt"}))
	fmt.Println(mime.FormatMediaType("attachment", map[string]string{"filename": "naïve.txt"}))
	fmt.Println(mime.AddExtensionType(".gocx", "application/x-goc"), mime.TypeByExtension(".gocx"))
	exts, err := mime.ExtensionsByType("application/x-goc")
	fmt.Println(exts, err)

	fmt.Println(mime.QEncoding.Encode("utf-8", "¡Hola, señor!"))
	fmt.Println(mime.BEncoding.Encode("UTF-8", "Grüße"))
	dec := new(mime.WordDecoder)
	s, err := dec.DecodeHeader("=?utf-8?q?caf=C3=A9?= and =?UTF-8?B?R3LDvMOfZQ==?=")
	fmt.Println(s, err)
	_, err = dec.Decode("=?x-unknown?q?abc?=")
	fmt.Println(err)

	var b strings.Builder
	w := quotedprintable.NewWriter(&b)
	w.Write([]byte("Gophers say: héllo = hello, and a line that is long enough to need a soft break at seventy-six characters.\n"))
	w.Close()
	fmt.Print(b.String())
	back, err := io.ReadAll(quotedprintable.NewReader(strings.NewReader(b.String())))
	fmt.Printf("%q %v\n", back, err)
}
