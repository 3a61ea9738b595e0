// gopkg.in/yaml.v3: unmarshaling YAML into structs with tags, maps and
// slices (reflection), node trees, and marshaling back.
package main

import (
	"fmt"

	"gopkg.in/yaml.v3"
)

type Item struct {
	Name  string   `yaml:"name"`
	Count int      `yaml:"count"`
	Tags  []string `yaml:"tags,omitempty"`
}

type Doc struct {
	Version string         `yaml:"version"`
	Items   []Item         `yaml:"items"`
	Meta    map[string]int `yaml:"meta"`
	Nested  map[string]any `yaml:"nested"`
}

const src = `
version: "1.2"
items:
  - name: apple
    count: 3
    tags: [red, fruit]
  - name: bread
    count: 1
meta:
  a: 1
  b: 2
nested:
  list: [1, two, 3.5]
  flag: true
`

func main() {
	var d Doc
	if err := yaml.Unmarshal([]byte(src), &d); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%s %+v %d %d\n", d.Version, d.Items, d.Meta["a"], d.Meta["b"])
	fmt.Println(d.Nested["list"], d.Nested["flag"])
	out, _ := yaml.Marshal(d.Items)
	fmt.Print(string(out))
	var n yaml.Node
	yaml.Unmarshal([]byte("a: [1, 2]\n"), &n)
	fmt.Println(n.Kind == yaml.DocumentNode, len(n.Content[0].Content))
	err := yaml.Unmarshal([]byte("a: [1, 2"), &n)
	fmt.Println(err)
}
