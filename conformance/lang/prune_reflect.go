// Methods a build must keep when reflection looks them up: Method(i),
// MethodByName, text/template calling them by name (goc build then keeps
// the exported methods of the types it keeps, as gc's linker does).
package main

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"text/template"
)

type file struct{ name string }

func (f *file) Read() string       { return "read " + f.name }
func (f *file) Close() error       { return fmt.Errorf("close %s", f.name) }
func (f *file) Unused() int        { return 42 }
func (f *file) Hello(n int) string { return strings.Repeat("hi ", n) + f.name }

type Named interface{ Name() string }
type person struct{ first, last string }

func (p person) Name() string            { return p.first + " " + p.last }
func (p person) Initials() string        { return p.first[:1] + p.last[:1] }
func (p person) Greet(who string) string { return "hello " + who + " from " + p.first }

func main() {
	// reflection
	v := reflect.ValueOf(&file{"b.txt"})
	m := v.MethodByName("Hello")
	fmt.Println(m.Call([]reflect.Value{reflect.ValueOf(2)})[0])
	t := v.Type()
	for i := 0; i < t.NumMethod(); i++ {
		fmt.Print(t.Method(i).Name, " ")
	}
	fmt.Println()
	fmt.Println(v.Method(3).Call(nil)[0]) // Unused, found by index
	fmt.Println(reflect.TypeOf(person{}).Implements(reflect.TypeOf((*Named)(nil)).Elem()))

	// text/template calls methods by name
	tmpl := template.Must(template.New("t").Parse("{{.Name}} ({{.Initials}}) says {{.Greet \"Bob\"}}\n"))
	if err := tmpl.Execute(os.Stdout, person{"Grace", "Hopper"}); err != nil {
		fmt.Println(err)
	}
}
