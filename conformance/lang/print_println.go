// The builtins print and println write to stderr: println separates operands
// with spaces and ends with a newline; floats print in %e-like form, bools as true/false.
package main

func main() {
	println("hello", 42, -7, true, false)
	print("no", "spaces", 1, 2, "\n")
	println(3.5, -0.25, 1e20, float32(1.5))
	println(uint8(255), int64(-1<<63), uint64(1<<64-1))
	var nilSlice []int
	println(len(nilSlice), 'A')
	println(complex(1, -2))
	println()
	print("end\n")
	zero := 0.0
	println(1/zero, -1/zero, zero/zero)
}
