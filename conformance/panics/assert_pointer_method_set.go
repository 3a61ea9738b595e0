// A value T does not have *T's methods: interface conversion: main.T is not
// main.Incer: missing method Inc.
package main

import "fmt"

type T struct{ n int }

func (t *T) Inc() { t.n++ }

type Incer interface{ Inc() }

func main() {
	var x any = T{}
	fmt.Println(x.(Incer))
}
