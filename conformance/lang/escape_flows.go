// Values whose address leaves the function or the loop iteration that made
// them (through results, package variables, slices, maps, channels,
// closures, goroutines, method values, interfaces, two levels of pointers)
// must survive it; values that stay local may live on the stack. Each
// escaping value is checked after other calls have reused the stack and the
// collector has run.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type point struct{ x, y int }

func (p *point) move(dx int) { p.x += dx }
func (p *point) get() int    { return p.x*100 + p.y }

type node struct {
	val  int
	next *node
}

var global *point
var globalSlice []*int
var globalAny any

// clobber overwrites a large part of the stack below its caller.
func clobber(n int) int {
	var buf [512]int
	for i := range buf {
		buf[i] = n + i
	}
	if n > 0 {
		return clobber(n-1) + buf[n]
	}
	return buf[7]
}

func churn() {
	clobber(8)
	for i := 0; i < 200; i++ {
		_ = make([]byte, 1024)
	}
	runtime.GC()
}

func retPtr(v int) *point {
	p := point{v, v + 1}
	return &p
}

func retNew(v int) *int {
	p := new(int)
	*p = v
	return p
}

func retLit(v int) *point { return &point{v, -v} }

func toGlobal(v int) {
	p := point{v, 2}
	global = &p
}

func appendGlobal(n int) {
	for i := 0; i < n; i++ {
		x := i * 3
		globalSlice = append(globalSlice, &x)
	}
}

func intoMap(m map[string]*point, k string, v int) {
	p := &point{v, v}
	m[k] = p
}

func viaChan(ch chan *point, v int) {
	p := point{v, 9}
	ch <- &p
}

func closureOut(v int) func() int {
	x := v
	return func() int { x++; return x }
}

func methodValue(v int) func() int {
	p := point{v, 1}
	return p.get
}

func ifaceOut(v int) any {
	p := &point{v, 4}
	return p
}

func deep(v int) **point {
	p := &point{v, 5}
	return &p
}

func list(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		nd := node{i, head}
		head = &nd
	}
	return head
}

func loopLast(n int) *point {
	var last *point
	for i := 0; i < n; i++ {
		t := point{i, i}
		last = &t
	}
	return last
}

func sliceOfLocal(n int) []int {
	arr := [4]int{n, n + 1, n + 2, n + 3}
	return arr[1:3]
}

func makeOut(n int) []int {
	s := make([]int, 4)
	for i := range s {
		s[i] = n * i
	}
	return s
}

func mapOut() map[int]string {
	m := map[int]string{1: "a", 2: "b"}
	return m
}

func variadicKeep(xs ...*int) { globalSlice = append(globalSlice, xs...) }

func variadicSliceKept(xs ...int) []int { return xs }

func storeThrough(pp **point, v int) {
	p := point{v, 7}
	*pp = &p
}

func fieldOfParam(n *node, v int) {
	x := node{val: v}
	n.next = &x
}

func goroutine(v int) *point {
	p := point{v, 3}
	done := make(chan bool)
	go func() {
		p.move(1)
		done <- true
	}()
	<-done
	return &p
}

func deferred(v int) (r *point) {
	p := point{v, 6}
	defer func() { r = &p }()
	return nil
}

func recursive(n int, acc *[]*int) {
	if n == 0 {
		return
	}
	x := n
	*acc = append(*acc, &x)
	recursive(n-1, acc)
}

type holder struct{ p *point }

func (h *holder) set(v int) {
	q := point{v, 8}
	h.p = &q
}

func structOut(v int) holder {
	p := point{v, 11}
	return holder{&p}
}

func appendLocalKeep(v int) []*point {
	var s []*point
	for i := 0; i < 3; i++ {
		p := point{v + i, 0}
		s = append(s, &p)
	}
	return s
}

func builderString(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString("ab")
	}
	return b.String()
}

// the local cases: the value does not leave
func localSum(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		p := point{i, i}
		p.move(2)
		q := &p
		q.y++
		s := make([]int, 3)
		s[0], s[1], s[2] = i, q.x, q.y
		m := map[int]int{1: s[0]}
		m[2] = s[1] + s[2]
		f := func(k int) int { return k + p.x }
		total += m[1] + m[2] + f(1) + p.get()%7
	}
	return total
}

func sumv(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	a, b, c := retPtr(1), retNew(2), retLit(3)
	toGlobal(4)
	appendGlobal(3)
	m := map[string]*point{}
	intoMap(m, "k", 5)
	ch := make(chan *point, 1)
	viaChan(ch, 6)
	fromCh := <-ch
	cl := closureOut(7)
	mv := methodValue(8)
	ia := ifaceOut(9)
	globalAny = ifaceOut(10)
	dp := deep(11)
	l := list(4)
	ll := loopLast(5)
	sl := sliceOfLocal(12)
	mo := makeOut(13)
	mp := mapOut()
	x1, x2 := 21, 22
	variadicKeep(&x1, &x2)
	vs := variadicSliceKept(1, 2, 3)
	var sp *point
	storeThrough(&sp, 14)
	var n node
	fieldOfParam(&n, 15)
	g := goroutine(16)
	d := deferred(17)
	var acc []*int
	recursive(4, &acc)
	var h holder
	h.set(18)
	so := structOut(19)
	al := appendLocalKeep(20)
	bs := builderString(3)
	churn()
	fmt.Println(*a, *b, *c, *global)
	for _, p := range globalSlice {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	fmt.Println(*m["k"], *fromCh, cl(), cl(), mv(), *ia.(*point), *globalAny.(*point), **dp)
	for p := l; p != nil; p = p.next {
		fmt.Print(p.val, " ")
	}
	fmt.Println(*ll, sl, mo, mp[1], mp[2], vs)
	fmt.Println(*sp, *n.next, *g, *d, *h.p, *so.p, *al[0], *al[1], *al[2], bs)
	for _, p := range acc {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	fmt.Println(localSum(1000), sumv(1, 2, 3), sumv())
	churn()
	fmt.Println(*a, *b, *c, *global, *ll, *g, cl())
}
