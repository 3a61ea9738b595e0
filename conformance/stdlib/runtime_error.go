// A recovered runtime panic is a runtime.Error (and an error); a panic with a plain
// value is not; runtime.Error's Error text matches the panic message.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func catch(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}

func main() {
	var arr []int
	idx := 3
	var m map[string]int
	var p *struct{ x int }
	var i any = "str"
	zero := 0
	cases := []func(){
		func() { _ = arr[idx] },
		func() { m["k"] = 1 },
		func() { _ = p.x },
		func() { _ = i.(int) },
		func() { _ = 1 / zero },
		func() { panic("plain string") },
		func() { panic(errors.New("an error")) },
		func() { _ = arr[1:idx] },
	}
	for _, f := range cases {
		r := catch(f)
		re, isRT := r.(runtime.Error)
		_, isErr := r.(error)
		msg := fmt.Sprint(r)
		if isRT {
			msg = re.Error()
		}
		fmt.Printf("runtime.Error=%v error=%v: %s\n", isRT, isErr, msg)
	}
	var te *runtime.TypeAssertionError
	r := catch(cases[3])
	fmt.Println(errors.As(r.(error), &te))
}
