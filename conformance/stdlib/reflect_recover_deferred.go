// recover() works in a function that a deferred call reaches through a func
// value made by reflect (a method value, Method(i).Func, MakeFunc) or a
// method expression, and not when the deferred call is another function's.
package main

import (
	"fmt"
	"reflect"
)

type I interface{ M() }

type P struct{ name string }

func (p *P) M() { fmt.Println("recovered in (*P).M:", p.name, recover()) }

type V [3]int // a value receiver too large for a word: wrappers take it by pointer

func (v V) M() { fmt.Println("recovered in V.M:", v[2], recover()) }

type W uintptr

func (w W) Get() int8 {
	fmt.Println("recovered in W.Get:", uintptr(w), recover())
	return -3
}

func made(args []reflect.Value) []reflect.Value {
	fmt.Println("recovered in a MakeFunc function:", len(args), recover())
	return nil
}

func outer(args []reflect.Value) []reflect.Value {
	// calls inner, which is not deferred: its recover returns nil
	args[0].Interface().(func())()
	return nil
}

func inner([]reflect.Value) []reflect.Value {
	fmt.Println("recover in a made function a deferred one calls:", recover())
	return nil
}

func try(name string, body func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "left the panic to its caller:", r)
		}
	}()
	body()
	fmt.Println(name, "returned normally")
}

func main() {
	try("method value, pointer receiver", func() {
		f := reflect.ValueOf(&P{"p1"}).Method(0).Interface().(func())
		defer f()
		panic(1)
	})
	try("method value, large value receiver", func() {
		f := reflect.ValueOf(V{7, 8, 9}).MethodByName("M").Interface().(func())
		defer f()
		panic(2)
	})
	try("method value of an interface", func() {
		var i I = &P{"p3"}
		f := reflect.ValueOf(&i).Elem().Method(0).Interface().(func())
		defer f()
		panic(3)
	})
	try("method value with a result", func() {
		f := reflect.ValueOf(W(4)).Method(0).Interface().(func() int8)
		defer f()
		panic(4)
	})
	try("Method(0).Func, pointer receiver", func() {
		f := reflect.TypeOf(&P{}).Method(0).Func.Interface().(func(*P))
		defer f(&P{"p5"})
		panic(5)
	})
	try("Method(0).Func, value receiver", func() {
		f := reflect.TypeOf(V{}).Method(0).Func.Interface().(func(V))
		defer f(V{0, 0, 6})
		panic(6)
	})
	try("method expression as a func value", func() {
		f := (*P).M
		defer f(&P{"p7"})
		panic(7)
	})
	try("interface method expression as a func value", func() {
		f := I.M
		defer f(V{0, 0, 8})
		panic(8)
	})
	try("MakeFunc", func() {
		f := reflect.MakeFunc(reflect.TypeOf((func())(nil)), made).Interface().(func())
		defer f()
		panic(9)
	})
	try("MakeFunc calling MakeFunc", func() {
		o := reflect.MakeFunc(reflect.TypeOf((func(func()))(nil)), outer).Interface().(func(func()))
		i := reflect.MakeFunc(reflect.TypeOf((func())(nil)), inner).Interface().(func())
		defer o(i)
		panic(10)
	})
	try("method value called, not deferred", func() {
		f := reflect.ValueOf(&P{"p12"}).Method(0).Interface().(func())
		defer func() { f() }()
		panic(12)
	})
	try("Value.Call deferred", func() {
		defer reflect.ValueOf(&P{"p13"}).Method(0).Call(nil)
		panic(13)
	})
}
