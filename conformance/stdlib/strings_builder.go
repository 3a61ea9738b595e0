// strings.Builder accumulates text with WriteString/WriteByte/WriteRune/Write, reports
// Len, grows on demand, and works as an io.Writer for fmt.Fprintf.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.WriteString("hello")
	b.WriteByte(',')
	b.WriteRune(' ')
	b.WriteRune('世')
	n, err := b.Write([]byte("界!"))
	fmt.Println(n, err)
	fmt.Println(b.String(), b.Len())
	fmt.Fprintf(&b, " %d+%d=%d", 2, 3, 5)
	fmt.Println(b.String())
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")
	b.Grow(64)
	fmt.Println("cap after Grow(64) >= 64:", b.Cap() >= 64)
	for i := 0; i < 5; i++ {
		fmt.Fprint(&b, i, ";")
	}
	fmt.Println(b.String())
	var lines strings.Builder
	for _, w := range []string{"alpha", "beta", "gamma"} {
		fmt.Fprintln(&lines, w, len(w))
	}
	fmt.Print(lines.String())
}
