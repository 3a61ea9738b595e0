// reflect: walking arbitrary values (TypeOf/ValueOf, Kind, Elem, Field by index and name,
// struct tags, embedded fields, maps, slices, interfaces) and types (Implements, PointerTo, SliceOf...).
package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Inner struct {
	Tags  []string          `json:"tags" xml:"t"`
	Attrs map[string]int    `json:"attrs,omitempty"`
	Next  *Inner            `json:"next"`
	any   interface{}
}

type Base struct{ ID int }

func (b Base) Ident() int { return b.ID }

type Outer struct {
	Base
	Name   string `json:"name"`
	Score  float64
	Flags  [3]bool
	In     Inner
	Ptr    *int
	Fn     func(int) int
	Ch     chan string
	Err    error
	C      complex64
	U8     uint8
	hidden int
}

// walk prints v with its type and kind, recursively, in a stable order.
func walk(b *strings.Builder, v reflect.Value, depth int) {
	ind := strings.Repeat("  ", depth)
	if !v.IsValid() {
		fmt.Fprintf(b, "%sinvalid\n", ind)
		return
	}
	t := v.Type()
	fmt.Fprintf(b, "%s%s (%s)", ind, t, v.Kind())
	switch v.Kind() {
	case reflect.Bool:
		fmt.Fprintf(b, " = %v\n", v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		fmt.Fprintf(b, " = %d\n", v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		fmt.Fprintf(b, " = %d\n", v.Uint())
	case reflect.Float32, reflect.Float64:
		fmt.Fprintf(b, " = %g\n", v.Float())
	case reflect.Complex64, reflect.Complex128:
		fmt.Fprintf(b, " = %v\n", v.Complex())
	case reflect.String:
		fmt.Fprintf(b, " = %q\n", v.String())
	case reflect.Pointer:
		if v.IsNil() {
			fmt.Fprintf(b, " = nil\n")
			return
		}
		fmt.Fprintf(b, " ->\n")
		walk(b, v.Elem(), depth+1)
	case reflect.Interface:
		if v.IsNil() {
			fmt.Fprintf(b, " = nil\n")
			return
		}
		fmt.Fprintf(b, " holds\n")
		walk(b, v.Elem(), depth+1)
	case reflect.Slice, reflect.Array:
		fmt.Fprintf(b, " len %d\n", v.Len())
		for i := 0; i < v.Len(); i++ {
			walk(b, v.Index(i), depth+1)
		}
	case reflect.Map:
		fmt.Fprintf(b, " len %d\n", v.Len())
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i].Interface()) < fmt.Sprint(keys[j].Interface()) })
		for _, k := range keys {
			walk(b, k, depth+1)
			walk(b, v.MapIndex(k), depth+2)
		}
	case reflect.Struct:
		fmt.Fprintf(b, " fields %d\n", v.NumField())
		for i := 0; i < v.NumField(); i++ {
			f := t.Field(i)
			fmt.Fprintf(b, "%s .%s exported=%v embedded=%v offset=%d index=%v tag=%q json=%q\n", ind, f.Name, f.IsExported(), f.Anonymous, f.Offset, f.Index, f.Tag, f.Tag.Get("json"))
			walk(b, v.Field(i), depth+1)
		}
	case reflect.Func, reflect.Chan:
		fmt.Fprintf(b, " nil=%v\n", v.IsNil())
	default:
		fmt.Fprintf(b, "\n")
	}
}

func main() {
	x := 42
	o := Outer{Base: Base{7}, Name: "n", Score: 2.5, Flags: [3]bool{true, false, true},
		In: Inner{Tags: []string{"a", "b"}, Attrs: map[string]int{"z": 26, "a": 1}, Next: &Inner{Tags: []string{"c"}}, any: 3},
		Ptr: &x, Ch: make(chan string, 2), Err: fmt.Errorf("boom"), C: complex(1, 2), U8: 200, hidden: 9}
	var b strings.Builder
	walk(&b, reflect.ValueOf(o), 0)
	walk(&b, reflect.ValueOf([]interface{}{1, "two", 3.0, nil, []int{4}, map[int]bool{1: true}}), 0)
	fmt.Print(b.String())

	t := reflect.TypeOf(o)
	fmt.Println(t.Name(), t.PkgPath(), t.String(), t.Size(), t.Align(), t.NumMethod())
	for _, name := range []string{"ID", "Name", "In", "missing", "hidden"} {
		f, ok := t.FieldByName(name)
		fmt.Println(name, ok, f.Index, f.Type)
	}
	fmt.Println(t.FieldByIndex([]int{4, 0}).Name, reflect.ValueOf(o).FieldByIndex([]int{0, 0}).Int())
	fmt.Println(reflect.ValueOf(o).MethodByName("Ident").Call(nil)[0].Int())
	for _, tt := range []reflect.Type{reflect.TypeOf(o.Fn), reflect.TypeOf(o.Ch), reflect.TypeOf(o.In.Attrs), reflect.TypeOf(&o), reflect.TypeOf(o.Flags), reflect.TypeOf((*error)(nil)).Elem()} {
		fmt.Println(tt, tt.Kind(), tt.Comparable())
	}
	ft := reflect.TypeOf(strings.SplitN)
	fmt.Println(ft.NumIn(), ft.In(0), ft.In(2), ft.NumOut(), ft.Out(0), ft.IsVariadic())
	fmt.Println(reflect.TypeOf(fmt.Sprintf).IsVariadic())
	errT := reflect.TypeOf((*error)(nil)).Elem()
	strT := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	fmt.Println(reflect.TypeOf(o.Err).Implements(errT), reflect.TypeOf(o).Implements(strT), reflect.TypeOf(x).ConvertibleTo(reflect.TypeOf(1.0)))
	fmt.Println(reflect.PointerTo(t) == reflect.TypeOf(&o), reflect.SliceOf(t), reflect.MapOf(reflect.TypeOf(""), t), reflect.ChanOf(reflect.RecvDir, t))
	fmt.Println(reflect.TypeOf([]int{}) == reflect.SliceOf(reflect.TypeOf(0)), reflect.ArrayOf(4, reflect.TypeOf(byte(0))))
}
