// github.com/tidwall/gjson: path queries on JSON text: nested keys, array
// indexes and counts, wildcards, queries, modifiers, iteration, validity.
package main

import (
	"fmt"

	"github.com/tidwall/gjson"
)

const json = `{
  "name": {"first": "Tom", "last": "Anderson"},
  "age": 37,
  "children": ["Sara", "Alex", "Jack"],
  "fav.movie": "Deer Hunter",
  "friends": [
    {"first": "Dale", "last": "Murphy", "age": 44, "nets": ["ig", "fb", "tw"]},
    {"first": "Roger", "last": "Craig", "age": 68, "nets": ["fb", "tw"]},
    {"first": "Jane", "last": "Murphy", "age": 47, "nets": ["ig", "tw"]}
  ]
}`

func main() {
	for _, p := range []string{"name.last", "age", "children", "children.#", "children.1", "child*.2",
		"c?ildren.0", `fav\.movie`, "friends.#.first", "friends.1.last",
		`friends.#(last=="Murphy").first`, `friends.#(last=="Murphy")#.first`,
		`friends.#(age>45)#.last`, `friends.#(nets.#(=="fb"))#.first`,
		"children|@reverse", "name|@pretty:{\"indent\":\"  \"}", "missing.key"} {
		r := gjson.Get(json, p)
		fmt.Printf("%-40s %-8v %s\n", p, r.Type, r.String())
	}
	gjson.Get(json, "friends").ForEach(func(k, v gjson.Result) bool {
		fmt.Println(v.Get("first"), v.Get("age").Int()+1)
		return true
	})
	m := gjson.Get(json, "name").Map()
	fmt.Println(len(m), m["first"])
	fmt.Println(gjson.Valid(json), gjson.Valid(`{"a":`), gjson.Get(json, "age").Float()*2)
	fmt.Println(gjson.GetMany(json, "age", "name.first"))
}
