// fmt uses a type's String method for %v, %s and Println, on values and on
// pointers whose method set has it; %d on the same value ignores String.
package main

import "fmt"

type Temp int

func (t Temp) String() string { return fmt.Sprintf("%d°C", int(t)) }

type Pt struct{ X, Y int }

func (p *Pt) String() string { return fmt.Sprintf("<%d,%d>", p.X, p.Y) }

type List []Temp

func main() {
	t := Temp(21)
	fmt.Println(t)
	fmt.Printf("%v %s %d\n", t, t, t)
	p := Pt{1, 2}
	fmt.Println(p, &p) // only *Pt has String
	ts := []Temp{1, 2}
	fmt.Println(ts, List{3})
	m := map[Temp]Temp{5: 6}
	fmt.Println(m)
	s := fmt.Sprint(t, " and ", Temp(-3))
	fmt.Println(s)
	var st fmt.Stringer = t
	fmt.Println(st.String())
}
