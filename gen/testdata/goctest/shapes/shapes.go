// Package shapes uses an anonymous struct type, an anonymous interface type,
// a type declared in a function and func literals: the C names goc gives them
// must not depend on the program that imports the package (the C unit of
// the package, and its cached object, stay the same).
package shapes

var table = []struct {
	name  string
	sides int
}{{"triangle", 3}, {"square", 4}, {"pentagon", 5}}

type square struct{ side int }

func (s square) Sides() int { return 4 }

// Describe lists the shapes with at most n sides.
func Describe(n int) string {
	type entry struct {
		name  string
		sides int
	}
	var es []entry
	for _, t := range table {
		if t.sides <= n {
			es = append(es, entry{t.name, t.sides})
		}
	}
	var sh interface{ Sides() int } = square{2}
	out := ""
	each := func(f func(entry)) {
		for _, e := range es {
			f(e)
		}
	}
	each(func(e entry) {
		if e.sides == sh.Sides() {
			out += "[" + e.name + "]"
		} else {
			out += e.name
		}
		out += " "
	})
	return out
}
