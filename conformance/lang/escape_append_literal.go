// An appended-to slice literal is the result itself when the append needs
// no room (nothing appended): it must live as long as the result does.
package main

import "fmt"

type cmd struct{ args []string }

//go:noinline
func command(name string, arg ...string) *cmd {
	return &cmd{args: append([]string{name}, arg...)}
}

//go:noinline
func list(name string, arg ...string) []string { return append([]string{name}, arg...) }

//go:noinline
func ptrs(p *int, more ...*int) []*int { return append([]*int{p}, more...) }

//go:noinline
func clobber(n int) int {
	var a [256]int
	for i := range a {
		a[i] = n*i + 7
	}
	q := &a
	return q[n%256]
}

func local(x ...int) int {
	s := append([]int{1, 2}, x...) // stays in the frame: nothing escapes
	return len(s) + s[0]
}

func main() {
	c := command("echo")
	l := list("cat")
	v := 42
	p := ptrs(&v)
	d := command("sh", "-c", "exit 7")
	fmt.Println(clobber(3), clobber(5))
	fmt.Println(c.args, len(c.args), cap(c.args))
	fmt.Println(l, *p[0], d.args)
	fmt.Println(local(), local(3, 4))
}
