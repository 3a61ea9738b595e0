package main

import "fmt"

type Animal interface {
	Sound() string
}
type Namer interface {
	Name() string
}
type Pet interface {
	Animal
	Namer
}
type Dog struct{ name string }

func (d *Dog) Sound() string { return "woof" }
func (d *Dog) Name() string  { return d.name }

type Base struct{ ID int }

func (b *Base) SetID(i int) { b.ID = i }
func (b Base) GetID() int   { return b.ID }

type Derived struct {
	*Base
	Tag string
}

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func mayFail(n int) error {
	if n > 0 {
		return &MyErr{n}
	}
	return nil
}

type Op func(int, int) int

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func deferOrder() (s string) {
	for i := 0; i < 3; i++ {
		defer func(n int) { s += fmt.Sprint(n) }(i)
	}
	return "x"
}

func main() {
	var p Pet = &Dog{"rex"}
	fmt.Println(p.Sound(), p.Name())
	var a Animal = p
	fmt.Println(a.Sound())
	if n, ok := a.(Namer); ok {
		fmt.Println("namer", n.Name())
	}
	d := Derived{&Base{1}, "t"}
	d.SetID(5)
	fmt.Println(d.GetID(), d.ID)
	err := mayFail(3)
	if e, ok := err.(*MyErr); ok {
		fmt.Println("myerr", e.code, err)
	}
	fmt.Println(mayFail(0) == nil)
	ops := map[string]Op{"add": func(a, b int) int { return a + b }, "mul": func(a, b int) int { return a * b }}
	fmt.Println(ops["add"](2, 3), ops["mul"](2, 3))
	f := fib()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(deferOrder())
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
	x := 1
	{
		x := x + 1
		fmt.Println(x)
	}
	fmt.Println(x)
	pt := struct {
		X, Y int
		L    string
	}{1, 2, "p"}
	fmt.Printf("%v %+v\n", pt, pt)
	grid := [3][3]int{}
	grid[1][1] = 5
	g2 := grid
	g2[0][0] = 1
	fmt.Println(grid, g2, grid == g2)
	s := "héllo\xff!"
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println(len(s), []byte(s)[1], []rune(s)[1])
	c := complex(1, 2)
	fmt.Println(c*c, real(c), imag(c))
	var u8 uint8 = 250
	u8 += 10
	var i8 int8 = 127
	i8++
	fmt.Println(u8, i8, -7/2, -7%2, 7>>1, -7>>1, 1<<62)
	sw := 2
	switch sw {
	case 1, 2:
		fmt.Println("one or two")
		fallthrough
	case 3:
		fmt.Println("three")
	default:
		fmt.Println("def")
	}
	m := map[[2]int]string{{1, 2}: "a"}
	m[[2]int{3, 4}] = "b"
	fmt.Println(len(m), m[[2]int{1, 2}])
	type local struct{ a, b int }
	lm := map[local]int{{1, 2}: 3}
	lm[local{1, 2}]++
	fmt.Println(lm)
	var ip *int
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		var arr []int
		defer func() { fmt.Println("inner:", recover()) }()
		_ = arr[5]
	}()
	fmt.Println(*ip)
}
