// fmt's Scan family reads values by type and verb: Sscan (space-separated,
// newlines count as space), Sscanln (stops at a newline), Sscanf with verbs,
// widths and literal text, Fscan from an io.Reader, and their errors.
package main

import (
	"fmt"
	"strings"
)

type celsius float64

// Scan implements fmt.Scanner: a number followed by "C".
func (c *celsius) Scan(st fmt.ScanState, verb rune) error {
	var f float64
	if _, err := fmt.Fscan(st, &f); err != nil {
		return err
	}
	r, _, err := st.ReadRune()
	if err != nil {
		return err
	}
	if r != 'C' {
		return fmt.Errorf("want C, got %q", r)
	}
	*c = celsius(f)
	return nil
}

func main() {
	var (
		i   int
		u8  uint8
		f   float64
		s   string
		b   bool
		r   rune
		x   int
		c   complex128
		bs  []byte
		tmp celsius
	)
	n, err := fmt.Sscan("42 255 3.25 word true", &i, &u8, &f, &s, &b)
	fmt.Println(n, err, i, u8, f, s, b)

	n, err = fmt.Sscan("7\n\n8", &i, &x)
	fmt.Println(n, err, i, x)

	n, err = fmt.Sscanln("1 2\n3", &i, &x)
	fmt.Println(n, err, i, x)
	n, err = fmt.Sscanln("5\n6", &i, &x)
	fmt.Println(n, err, i)

	n, err = fmt.Sscanf("id=0x1f name:gopher", "id=%x name:%s", &i, &s)
	fmt.Println(n, err, i, s)
	n, err = fmt.Sscanf("12345", "%3d%d", &i, &x)
	fmt.Println(n, err, i, x)
	n, err = fmt.Sscanf("z (1+2i) 0b101 0o17", "%c %v %v %v", &r, &c, &i, &x)
	fmt.Println(n, err, string(r), c, i, x)
	n, err = fmt.Sscanf("abc", "%q", &s)
	fmt.Println(n, err)
	n, err = fmt.Sscanf(`"quoted \"s\"" rest`, "%q %s", &s, &bs)
	fmt.Println(n, err, s, string(bs))

	n, err = fmt.Sscan("300", &u8)
	fmt.Println(n, err)
	n, err = fmt.Sscan("x", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1 2", "%d,%d", &i, &x)
	fmt.Println(n, err)

	n, err = fmt.Sscan("21.5C", &tmp)
	fmt.Println(n, err, tmp)
	n, err = fmt.Sscan("21.5F", &tmp)
	fmt.Println(n, err)

	rd := strings.NewReader("10 20 30\n40 fifty")
	sum := 0
	for {
		var v int
		_, err := fmt.Fscan(rd, &v)
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		sum += v
	}
	fmt.Println("sum", sum)
}
