// recover() after panic(nil) returns a non-nil *runtime.PanicNilError whose
// Error() is "panic called with nil argument".
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered non-nil:", r != nil)
		if err, ok := r.(error); ok {
			fmt.Println("error:", err)
		}
		_, isRT := r.(interface{ RuntimeError() })
		fmt.Println("runtime error:", isRT)
	}()
	panic(nil)
}
