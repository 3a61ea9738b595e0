// Map elements are not addressable: struct elements are updated by copy-modify-store,
// while pointer elements allow updating fields in place.
package main

import "fmt"

type account struct {
	Owner   string
	Balance int
	Tags    []string
}

func main() {
	m := map[string]account{}
	m["a"] = account{"alice", 10, nil}
	acc := m["a"]
	acc.Balance += 5
	fmt.Println(m["a"].Balance, acc.Balance)
	m["a"] = acc
	fmt.Println(m["a"].Balance, m["a"].Owner)
	fmt.Println(m["missing"].Owner == "", m["missing"].Balance)
	acc.Tags = append(acc.Tags, "vip")
	m["a"] = acc
	m["a"].Tags[0] = "VIP" // the slice in the copy shares its array
	fmt.Printf("%+v\n", m["a"])

	p := map[string]*account{}
	p["b"] = &account{Owner: "bob"}
	p["b"].Balance += 7
	p["b"].Balance *= 3
	fmt.Printf("%+v\n", *p["b"])
	alias := p["b"]
	alias.Owner = "robert"
	fmt.Println(p["b"].Owner)

	arrm := map[int][3]int{}
	v := arrm[1]
	v[2] = 9
	arrm[1] = v
	fmt.Println(arrm)
	type counter struct{ hits int }
	cm := map[string]counter{}
	for _, w := range []string{"x", "y", "x", "x"} {
		c := cm[w]
		c.hits++
		cm[w] = c
	}
	fmt.Println(cm)
}
