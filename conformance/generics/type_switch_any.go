// Inside a generic function a type parameter value can be examined at run time
// with any(x).(type), choosing behaviour per type argument.
package main

import "fmt"

type MyInt int

type Stringer interface{ String() string }

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return fmt.Sprint("int ", v+1)
	case string:
		return "string " + v
	case Stringer:
		return "stringer " + v.String()
	case []T:
		return fmt.Sprint("slice of T, len ", len(v))
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func (m MyInt) String() string { return fmt.Sprint("MyInt", int(m)) }

func IsType[Want, T any](x T) bool {
	_, ok := any(x).(Want)
	return ok
}

func main() {
	fmt.Println(Describe(41))
	fmt.Println(Describe("s"))
	fmt.Println(Describe(MyInt(3)))
	fmt.Println(Describe(2.5))
	fmt.Println(Describe[any](nil))
	fmt.Println(Describe([]int{1}))
	fmt.Println(IsType[int](5), IsType[string](5), IsType[Stringer](MyInt(1)), IsType[MyInt](1))
}
