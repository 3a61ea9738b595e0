package main

import "fmt"

func seq(yield func(int) bool) {
	defer fmt.Println("iterator done")
	for i := 0; i < 5; i++ {
		if !yield(i) {
			return
		}
	}
}

func find(n int) (pos int, ok bool) {
	for x := range seq {
		for y := range seq {
			if x*y == n {
				return x*10 + y, true
			}
		}
	}
	return -1, false
}

func main() {
	for x := range seq {
		if x == 2 {
			goto done
		}
		fmt.Println(x)
	}
done:
	fmt.Println("done")
	fmt.Println(find(6))
	fmt.Println(find(99))
}
