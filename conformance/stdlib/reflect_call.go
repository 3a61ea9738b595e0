// reflect: Value.Call and CallSlice of functions, closures and methods (by index, by name,
// through interfaces, method values and expressions) with every kind of argument; MakeFunc.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Pt struct{ X, Y int }

func (p Pt) Add(q Pt) Pt            { return Pt{p.X + q.X, p.Y + q.Y} }
func (p *Pt) Scale(k int)           { p.X *= k; p.Y *= k }
func (p Pt) String() string         { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p Pt) Parts() (int, int, bool) { return p.X, p.Y, p.X > p.Y }

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }

func sum(base int, xs ...int) int {
	for _, x := range xs {
		base += x
	}
	return base
}

func mix(a int8, b uint16, c float32, d float64, e complex128, f string, g []byte, h bool, i [3]int32, j Pt, k error, l interface{}) string {
	return fmt.Sprint(a, b, c, d, e, f, g, h, i, j, k, l)
}

func divmod(a, b int) (q, r int, err error) {
	if b == 0 {
		return 0, 0, fmt.Errorf("division by zero")
	}
	return a / b, a % b, nil
}

func small() (int8, uint8, int16, bool) { return -5, 250, -300, true }

func show(vs []reflect.Value) string {
	var parts []string
	for _, v := range vs {
		parts = append(parts, fmt.Sprint(v.Interface()))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	// plain functions
	fmt.Println(show(reflect.ValueOf(strings.Repeat).Call([]reflect.Value{reflect.ValueOf("ab"), reflect.ValueOf(3)})))
	fmt.Println(show(reflect.ValueOf(sum).Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2), reflect.ValueOf(3)})))
	fmt.Println(show(reflect.ValueOf(sum).CallSlice([]reflect.Value{reflect.ValueOf(10), reflect.ValueOf([]int{1, 2})})))
	fmt.Println(show(reflect.ValueOf(divmod).Call([]reflect.Value{reflect.ValueOf(17), reflect.ValueOf(5)})))
	fmt.Println(show(reflect.ValueOf(divmod).Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(0)})))
	fmt.Println(show(reflect.ValueOf(small).Call(nil)))
	args := []interface{}{int8(-3), uint16(65000), float32(1.5), 2.25, complex(1, -2), "s", []byte("hi"), true,
		[3]int32{1, 2, 3}, Pt{4, 5}, fmt.Errorf("e"), map[string]int{"k": 1}}
	var in []reflect.Value
	for _, a := range args {
		in = append(in, reflect.ValueOf(a))
	}
	fmt.Println(show(reflect.ValueOf(mix).Call(in)))

	// closures keep their environment
	n := 10
	add := func(k int) int { n += k; return n }
	reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(5)})
	fmt.Println(n)

	// methods: by index, by name, on pointers, through interfaces, method values
	p := Pt{1, 2}
	pv := reflect.ValueOf(p)
	fmt.Println(pv.NumMethod(), reflect.TypeOf(&p).NumMethod())
	for i := 0; i < pv.NumMethod(); i++ {
		fmt.Println(pv.Type().Method(i).Name, pv.Type().Method(i).Type)
	}
	fmt.Println(show(pv.MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(Pt{10, 20})})))
	fmt.Println(show(pv.MethodByName("Parts").Call(nil)))
	reflect.ValueOf(&p).MethodByName("Scale").Call([]reflect.Value{reflect.ValueOf(3)})
	fmt.Println(p)
	m := reflect.TypeOf(p).Method(0) // Add as a method expression
	fmt.Println(show(m.Func.Call([]reflect.Value{reflect.ValueOf(p), reflect.ValueOf(Pt{1, 1})})))
	var s Shape = Rect{2, 3}
	sv := reflect.ValueOf(&s).Elem()
	fmt.Println(sv.Kind(), sv.NumMethod(), show(sv.Method(0).Call(nil)), show(sv.MethodByName("Name").Call(nil)))
	mv := pv.MethodByName("String").Interface().(func() string)
	fmt.Println(mv())
	scale := reflect.ValueOf(&p).MethodByName("Scale").Interface().(func(int))
	scale(2)
	fmt.Println(p)

	// MakeFunc
	swap := func(in []reflect.Value) []reflect.Value { return []reflect.Value{in[1], in[0]} }
	var intSwap func(int, int) (int, int)
	reflect.ValueOf(&intSwap).Elem().Set(reflect.MakeFunc(reflect.TypeOf(intSwap), swap))
	fmt.Println(intSwap(1, 2))
	var strSwap func(string, string) (string, string)
	reflect.ValueOf(&strSwap).Elem().Set(reflect.MakeFunc(reflect.TypeOf(strSwap), swap))
	fmt.Println(strSwap("a", "b"))
	var ptSwap func(Pt, Pt) (Pt, Pt)
	reflect.ValueOf(&ptSwap).Elem().Set(reflect.MakeFunc(reflect.TypeOf(ptSwap), swap))
	fmt.Println(ptSwap(Pt{1, 2}, Pt{3, 4}))
	neg := reflect.MakeFunc(reflect.TypeOf(func(int8) int8 { return 0 }), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(-int8(in[0].Int()))}
	}).Interface().(func(int8) int8)
	fmt.Println(neg(5), neg(-7))
	join := reflect.MakeFunc(reflect.TypeOf(func(string, ...string) string { return "" }), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(strings.Join(in[1].Interface().([]string), in[0].String()))}
	}).Interface().(func(string, ...string) string)
	fmt.Println(join("-", "a", "b", "c"))
	fsum := reflect.MakeFunc(reflect.TypeOf(func(float32, float64) float64 { return 0 }), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(in[0].Float() + in[1].Float())}
	}).Interface().(func(float32, float64) float64)
	fmt.Println(fsum(1.5, 2.25))
	// a made function called through reflect again
	fmt.Println(show(reflect.ValueOf(intSwap).Call([]reflect.Value{reflect.ValueOf(7), reflect.ValueOf(8)})))
	// errors
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reflect.ValueOf(sum).Call(nil)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reflect.ValueOf(divmod).Call([]reflect.Value{reflect.ValueOf("x"), reflect.ValueOf(1)})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var f func()
		reflect.ValueOf(f).Call(nil)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bad := reflect.MakeFunc(reflect.TypeOf(func() int { return 0 }), func([]reflect.Value) []reflect.Value { return nil }).Interface().(func() int)
		bad()
	}()
}
