// goto jumps to a label in the same function: forward over statements,
// backward to form a loop, and out of nested blocks.
package main

import "fmt"

func collatz(n int) int {
	steps := 0
again:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto again
}

func firstNeg(xs []int) (idx int) {
	for i, x := range xs {
		if x < 0 {
			idx = i
			goto done
		}
	}
	idx = -1
done:
	return
}

func main() {
	fmt.Println(collatz(27), collatz(1))
	fmt.Println(firstNeg([]int{3, 1, -4, 1}), firstNeg([]int{1}))
	i := 0
	var out []int
top:
	if i < 5 {
		out = append(out, i*i)
		i++
		goto top
	}
	fmt.Println(out)
	goto skip
skip:
	fmt.Println("after skip")
}
