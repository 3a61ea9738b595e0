// Slices and arrays print as [e1 e2 ...] at any depth with the element verb applied to
// each element; empty and nil slices print [], and %#v shows the Go syntax.
package main

import "fmt"

func main() {
	fmt.Println([]int{}, []int(nil), [0]string{}, [3]int{})
	fmt.Println([][]int{{1, 2}, {}, nil, {3}})
	fmt.Println([2][2]string{{"a", "b"}, {"c", ""}})
	fmt.Println([]float64{1, 2.5, -0.001, 1e10})
	fmt.Println([]bool{true, false}, []complex128{1i})
	fmt.Printf("%v %d %x %o %b\n", []int{8, 9}, []int{8, 9}, []int{8, 9}, []int{8, 9}, []int{8, 9})
	fmt.Printf("%.2f %e\n", []float64{1, 2.345}, [1]float64{3})
	fmt.Printf("%q %s %v\n", []string{"a b", "c"}, []string{"a b", "c"}, []string{"a b", "c"})
	fmt.Printf("%#v %#v %#v\n", []int{1}, [2]string{"x"}, [][]int{{1}, nil})
	fmt.Printf("%t\n", []bool{true, false})
	fmt.Printf("%5d|%-3d|%03d\n", []int{1, 2}, []int{3}, [2]int{4, 5})
	s := make([]int, 3, 10)
	fmt.Println(s, s[:5], len(s[:5]))
	arr := [5]int{1, 2, 3, 4, 5}
	fmt.Println(arr[1:3], arr[:0], arr[4:])
	fmt.Println([]any{[]int{1}, [1]string{"a"}, map[int]int{1: 1}})
	fmt.Println([]struct{ X int }{{1}, {2}})
	fmt.Printf("%v\n", [][]string{{"x", "y"}, {"z"}})
}
