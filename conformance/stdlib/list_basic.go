// container/list: a doubly linked list with PushBack/PushFront, InsertBefore/After,
// Move*, Remove, PushBackList, and iteration in both directions.
package main

import (
	"container/list"
	"fmt"
)

func dump(l *list.List) {
	fmt.Print("[")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" ] back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println(" len", l.Len())
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	dump(l)
	l.MoveToFront(e4)
	dump(l)
	l.MoveToBack(e4)
	l.MoveAfter(e1, l.Front().Next())
	dump(l)
	fmt.Println("removed:", l.Remove(e1))
	dump(l)
	other := list.New()
	other.PushBack("a")
	other.PushBack("b")
	l.PushBackList(other)
	l.PushFrontList(other)
	dump(l)
	var zero list.List
	zero.PushBack("zero value works")
	dump(&zero)
	fmt.Println(l.Remove(e1), l.Len())
	l.Init()
	dump(l)
}
