// Command small is the small program of bench/buildtime: it imports bufio,
// fmt, os, sort and strings.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	sort.Strings(words)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for i, x := range words {
		fmt.Fprintf(w, "%d %s\n", i, strings.ToUpper(x))
	}
}
