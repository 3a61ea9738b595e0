// Type switches: single types, several types per case (the variable keeps the
// interface type), nil case, default, interface cases, and the bound variable.
package main

import "fmt"

type Err struct{ msg string }

func (e Err) Error() string { return e.msg }

type T struct{ A int }

type stringer interface{ String() string }

func classify(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %T %v", v, v) // v is any here
	case string:
		return "string of len " + fmt.Sprint(len(v))
	case error:
		return "error: " + v.Error()
	case []int:
		return fmt.Sprint("slice sum ", v[0]+v[len(v)-1])
	case *T:
		v.A++
		return fmt.Sprint("ptr ", v.A)
	case T:
		return fmt.Sprint("struct ", v.A)
	case func() int:
		return fmt.Sprint("func ", v())
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	t := &T{1}
	vals := []any{nil, 1, int64(2), "héllo", Err{"bad"}, []int{3, 4, 5}, t, T{9}, func() int { return 7 }, 3.5, uint8(1), []string{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	fmt.Println(t.A)
	// switch without binding
	var y any = 2.5
	switch y.(type) {
	case int:
		fmt.Println("int")
	case float32, float64:
		fmt.Println("float")
	}
	// first matching case wins
	var e any = Err{"x"}
	switch e.(type) {
	case stringer:
		fmt.Println("stringer")
	case error:
		fmt.Println("error first")
	case Err:
		fmt.Println("Err")
	}
}
