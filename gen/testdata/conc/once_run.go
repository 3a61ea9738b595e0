// sync.OnceFunc/OnceValue: a panic in f is re-panicked on every call; OnceValues caches both results.
package main

import (
	"fmt"
	"sync"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	calls := 0
	f := sync.OnceFunc(func() { calls++; panic("boom") })
	try("first", f)
	try("second", f)
	fmt.Println("calls", calls)
	v := sync.OnceValue(func() int { calls++; panic(fmt.Sprint("v", calls)) })
	try("v1", func() { fmt.Println(v()) })
	try("v2", func() { fmt.Println(v()) })
	vs := sync.OnceValues(func() (string, error) { calls++; return "ok", nil })
	a, err := vs()
	b, _ := vs()
	fmt.Println(a, b, err, calls)
}
