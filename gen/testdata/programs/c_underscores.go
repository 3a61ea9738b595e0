package main

// Package-level names with double, leading or trailing underscores keep
// their C names apart from the "__" separators: the method b of type a and
// the function a__b, the method c and the variable a__c.

import "fmt"

type a struct{}

func (a) b() int { return 1 }
func a__b() int  { return 2 }

var a__c = 3

type a__d struct{ x int }

func (a) c() int { return 4 }

type T[P any] struct{ v P }

type T__int struct{ w int }

var _x, x_, x_0 = 8, 9, 10

func _f() int { return 11 }

func main() {
	fmt.Println(_x, x_, x_0, _f())
	fmt.Println(a{}.b(), a__b(), a__c, a__d{5}, a{}.c(), T[int]{6}, T__int{7})
}
