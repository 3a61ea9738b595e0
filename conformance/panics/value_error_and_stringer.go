// When a panic value is both an error and a Stringer, Error() wins.
package main

type both struct{}

func (both) Error() string  { return "from Error" }
func (both) String() string { return "from String" }

func main() {
	panic(both{})
}
