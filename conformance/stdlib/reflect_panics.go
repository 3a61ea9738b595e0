// reflect: the panics of Value methods name the method (reflect.Value.SetInt, ...) as gc does,
// through runtime.Callers.
package main

import (
	"fmt"
	"reflect"
)

type R struct {
	N int
	u int
}

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	var r R
	v := reflect.ValueOf(&r).Elem()
	try(func() { v.FieldByName("u").SetInt(1) })
	try(func() { reflect.ValueOf(r).Field(0).SetInt(1) })
	try(func() { v.Field(0).SetString("x") })
	try(func() { reflect.ValueOf(1).Len() })
	try(func() { reflect.Value{}.Type() })
}
