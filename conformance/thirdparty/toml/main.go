// github.com/BurntSushi/toml: decoding a TOML document into structs, maps
// and slices (reflection), metadata about undecoded keys, and encoding.
package main

import (
	"fmt"
	"os"
	"time"

	"github.com/BurntSushi/toml"
)

type Server struct {
	Host    string
	Port    int
	Enabled bool
	Tags    []string
}

type Config struct {
	Title   string
	Owner   struct{ Name string }
	Ratio   float64
	When    time.Time
	Servers map[string]Server
	Limits  []int
}

const doc = `
title = "TOML example"
ratio = 0.25
when = 1979-05-27T07:32:00Z
limits = [1, 2, 3]
extra = "ignored"

[owner]
name = "Tom"

[servers.alpha]
host = "10.0.0.1"
port = 8080
enabled = true
tags = ["a", "b"]

[servers.beta]
host = "10.0.0.2"
port = 9090
`

func main() {
	var c Config
	md, err := toml.Decode(doc, &c)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(c.Title, c.Owner.Name, c.Ratio, c.When.Year(), c.Limits)
	fmt.Printf("%+v\n%+v\n", c.Servers["alpha"], c.Servers["beta"])
	fmt.Println(md.Undecoded(), md.IsDefined("servers", "alpha", "port"))
	_, err = toml.Decode("x = [1, 'a'", &c)
	fmt.Println(err != nil)
	enc := toml.NewEncoder(os.Stdout)
	enc.Encode(map[string]any{"name": "goc", "n": 3, "list": []string{"x", "y"}})
}
