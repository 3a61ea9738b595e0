// len and cap of a pointer to an array, indexing, slicing and ranging over a
// pointer to an array act on the array it points to.
package main

import "fmt"

func main() {
	arr := [5]int{10, 20, 30, 40, 50}
	p := &arr
	fmt.Println(len(p), cap(p), p[2])
	p[2] = 33
	fmt.Println(arr[2])
	s := p[1:3]
	s[0] = 22
	fmt.Println(arr, len(s), cap(s))
	sum := 0
	for i, v := range p {
		sum += i * v
	}
	fmt.Println(sum)
	for i := range p {
		p[i]++
	}
	fmt.Println(arr)
	var np *[4]string
	fmt.Println(len(np)) // len of a nil array pointer is the constant 4
	count := 0
	for i := range np { // ranging over indices only does not dereference
		count += i
	}
	fmt.Println(count)
	q := &[2][3]int{}
	q[1][2] = 7
	fmt.Println(*q, len(q[0]))
}
