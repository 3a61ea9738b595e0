package main

import (
	"errors"
	"fmt"
	"os"
)

type Logger interface{ Log(string) }
type ConsoleLogger struct{ prefix string }

func (c ConsoleLogger) Log(s string) { fmt.Println(c.prefix + s) }

type Service struct {
	Logger
	name string
}

type Big struct {
	A [20]int
	S string
}

type Celsius float64
type Temp = Celsius

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Matrix [2][2]int

func (m Matrix) Mul(o Matrix) Matrix {
	var r Matrix
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

func multi() (int, string, error) { return 1, "two", nil }

func variadic(prefix string, xs ...int) string {
	return fmt.Sprint(prefix, len(xs), xs)
}

type state int

const (
	idle state = iota
	running
	stopped
)

func (s state) String() string {
	switch s {
	case idle:
		return "idle"
	case running:
		return "running"
	}
	return fmt.Sprintf("state(%d)", int(s))
}

var counter = initCounter()

func initCounter() int { return 42 }

func init() { counter++ }

func main() {
	svc := Service{ConsoleLogger{"> "}, "svc"}
	svc.Log("hello")
	var l Logger = svc
	l.Log("via iface")
	m := map[string]Big{}
	m["x"] = Big{S: "big"}
	b := m["x"]
	b.A[3] = 7
	m["y"] = b
	fmt.Println(len(m), m["y"].A[3], m["x"].A[3], m["z"].S == "")
	var t Temp = 36.6
	fmt.Println(t)
	fmt.Printf("%v %s %.2f\n", t, t, float64(t))
	id := Matrix{{1, 1}, {1, 0}}
	r := id
	for i := 0; i < 5; i++ {
		r = r.Mul(id)
	}
	fmt.Println(r)
	a, bb, err := multi()
	fmt.Println(a, bb, err)
	fmt.Println(variadic("p"), variadic("q", 1, 2), variadic("r", []int{4, 5, 6}...))
	fmt.Println(idle, running, stopped)
	fmt.Printf("%d %v %s\n", running, running, stopped)
	fmt.Println(counter)
	ifm := map[any]int{1: 1, "a": 2, 2.5: 3, [2]int{1, 2}: 4}
	fmt.Println(ifm[1], ifm["a"], ifm[2.5], ifm[[2]int{1, 2}], ifm[int64(1)])
	var fns [3]func() int
	for i := range fns {
		fns[i] = func() int { return i * i }
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	e1 := errors.New("boom")
	e2 := fmt.Errorf("ctx: %w", e1)
	fmt.Println(e2)
	var pe *os.File = os.Stdout
	fmt.Fprintf(pe, "%5d|%-5s|%05.2f|%x|%q\n", 42, "ab", 3.14159, 255, "hi")
	println("println", 1, true, 2.5, "s")
	print("print", 1, "\n")
	var np *Big
	defer func() {
		fmt.Println("recovered:", recover())
		os.Exit(3)
	}()
	fmt.Println(np.S)
}
