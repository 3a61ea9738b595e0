// A bufio.Scanner over os.Stdin: with stdin at end of file (the suite runs programs with
// /dev/null) Scan returns false at once and Err is nil.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	lines := 0
	for sc.Scan() {
		lines++
	}
	fmt.Println("lines:", lines)
	fmt.Println("err:", sc.Err())
	fmt.Println("scan again:", sc.Scan())
	r := bufio.NewReader(os.Stdin)
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
}
