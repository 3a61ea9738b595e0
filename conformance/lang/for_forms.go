// All for forms: three-clause, condition-only, infinite with break, empty
// clauses, continue, multiple variables in the clauses, and a loop not executed.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k%2 == 0 {
			continue
		}
		if k > 7 {
			break
		}
		fmt.Print(k, " ")
	}
	fmt.Println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	m := 5
	for ; m > 0; {
		m -= 2
	}
	fmt.Println(m)
	for i := 10; i < 0; i++ {
		fmt.Println("never")
	}
	count := 0
	for i := 0; ; i++ {
		if i == 4 {
			break
		}
		count += i
	}
	fmt.Println(count)
}
