// Field and method selection picks the shallowest depth: an outer field or
// method shadows an embedded one of the same name, which stays reachable explicitly.
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (Base) Hello() string   { return "base hello" }
func (b Base) Who() string   { return "base " + b.Name }
func (Base) OnlyBase() string { return "only base" }

type Mid struct {
	Base
	Name string
}

func (m Mid) Who() string { return "mid " + m.Name + " / " + m.Base.Who() }

type Top struct {
	Mid
	ID int
}

func main() {
	t := Top{Mid{Base{1, "inner"}, "outer"}, 99}
	fmt.Println(t.ID, t.Mid.ID, t.Base.ID, t.Mid.Base.ID)
	fmt.Println(t.Name, t.Base.Name)
	fmt.Println(t.Who())
	fmt.Println(t.Hello(), t.OnlyBase())
	t.Name = "changed"
	fmt.Println(t.Mid.Name, t.Base.Name)
}
