// encoding/json from GOROOT on reflect: round trips of nested and embedded structs with tags,
// omitempty, maps, slices, RawMessage, custom MarshalJSON/UnmarshalJSON, errors, Decoder/Encoder.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Color int

func (c Color) MarshalJSON() ([]byte, error) {
	return json.Marshal([]string{"red", "green", "blue"}[c])
}

func (c *Color) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	for i, n := range []string{"red", "green", "blue"} {
		if n == s {
			*c = Color(i)
			return nil
		}
	}
	return fmt.Errorf("bad color %q", s)
}

type Meta struct {
	Created string `json:"created"`
	Version int    `json:"version,omitempty"`
}

type Item struct {
	Meta
	Name    string            `json:"name"`
	Price   float64           `json:"price"`
	Tags    []string          `json:"tags,omitempty"`
	Attrs   map[string]int    `json:"attrs,omitempty"`
	Color   Color             `json:"color"`
	Next    *Item             `json:"next,omitempty"`
	Skip    string            `json:"-"`
	Raw     json.RawMessage   `json:"raw,omitempty"`
	Any     interface{}       `json:"any"`
	private int
}

func main() {
	it := Item{Meta: Meta{Created: "2024-01-02"}, Name: "widget \"x\" <&>", Price: 9.5,
		Tags: []string{"a", "b"}, Attrs: map[string]int{"z": 1, "a": 2}, Color: 2,
		Next: &Item{Name: "child", Color: 1, Any: []interface{}{1, "two", true, nil}}, Skip: "no",
		Raw: json.RawMessage(`{"k":[1,2]}`), Any: map[string]interface{}{"n": 1.5}}
	b, err := json.Marshal(it)
	fmt.Println(string(b), err)
	b2, _ := json.MarshalIndent(map[string][]int{"b": {1}, "a": nil}, "", "  ")
	fmt.Println(string(b2))
	var back Item
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.Name, back.Price, back.Tags, back.Attrs, back.Color, back.Next.Name, back.Next.Any, back.Created, back.Any, string(back.Raw))
	var generic interface{}
	json.Unmarshal([]byte(`{"a":[1,2,{"b":null}],"c":"d","e":1e3,"f":false}`), &generic)
	fmt.Println(generic)
	var bad Item
	fmt.Println(json.Unmarshal([]byte(`{"color":"pink"}`), &bad))
	fmt.Println(json.Unmarshal([]byte(`{"price":"x"}`), &bad))
	fmt.Println(json.Unmarshal([]byte(`{"name":`), &bad))
	dec := json.NewDecoder(strings.NewReader(`{"name":"s1"} {"name":"s2"}`))
	for {
		var x Item
		if err := dec.Decode(&x); err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(x.Name)
	}
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	enc.SetIndent(">", "\t")
	enc.Encode(struct {
		X int     `json:"x,string"`
		Y []byte  `json:"y"`
		Z *string `json:"z"`
	}{X: 5, Y: []byte("hi")})
	fmt.Print(sb.String())
	fmt.Println(json.Valid([]byte(`[1,2`)), json.Valid([]byte(`{}`)))
}
