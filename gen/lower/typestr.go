// This file renders Go types the way the Go runtime and reflect print them
// ("main.Point", "[]int", "map[string]int", "struct { A int; b string }",
// "func(int) string", "interface {}"): the string field of descriptors.
package lower

import (
	"fmt"
	"go/types"
	"sort"
	"strconv"
	"strings"
)

var basicNames = map[types.BasicKind]string{
	types.Bool: "bool", types.Int: "int", types.Int8: "int8", types.Int16: "int16", types.Int32: "int32",
	types.Int64: "int64", types.Uint: "uint", types.Uint8: "uint8", types.Uint16: "uint16",
	types.Uint32: "uint32", types.Uint64: "uint64", types.Uintptr: "uintptr", types.Float32: "float32",
	types.Float64: "float64", types.Complex64: "complex64", types.Complex128: "complex128",
	types.String: "string", types.UnsafePointer: "unsafe.Pointer",
}

// typeString renders t as reflect.Type.String does.
func typeString(t types.Type) string {
	var b strings.Builder
	writeTypeString(&b, t)
	return b.String()
}

func writeTypeString(b *strings.Builder, t types.Type) { writeType(b, t, false) }

// writeType writes t; full qualifies named types by their package path
// rather than its name, as gc writes type arguments
// (container.Stack[example.com/app/shape.Shape]).
func writeType(b *strings.Builder, t types.Type, full bool) {
	switch t := t.(type) {
	case *types.Basic:
		if n, ok := basicNames[t.Kind()]; ok {
			b.WriteString(n)
		} else {
			b.WriteString(t.Name())
		}
	case *types.Alias:
		writeType(b, types.Unalias(t), full)
	case *types.Named:
		obj := t.Obj()
		if obj.Pkg() != nil && full {
			b.WriteString(obj.Pkg().Path() + ".")
		} else if obj.Pkg() != nil {
			b.WriteString(obj.Pkg().Name() + ".")
		}
		b.WriteString(obj.Name())
		if li := localInstOf(obj); li != nil {
			b.WriteByte('[')
			for i, a := range li.args {
				if i > 0 {
					b.WriteByte(',')
				}
				writeType(b, a, true)
			}
			if li.own != nil {
				b.WriteByte(';')
				for i, a := range li.own {
					if i > 0 {
						b.WriteByte(',')
					}
					writeType(b, a, true)
				}
			}
			b.WriteByte(']')
		}
		if ta := t.TypeArgs(); ta != nil && ta.Len() > 0 {
			b.WriteByte('[')
			for i := 0; i < ta.Len(); i++ {
				if i > 0 {
					b.WriteByte(',')
				}
				writeType(b, ta.At(i), true)
			}
			b.WriteByte(']')
		}
		if n := localGen(t.Origin().Obj()); n > 0 && full {
			// gc keeps a local type's number in a type argument's name
			fmt.Fprintf(b, "·%d", n)
		}
	case *types.Pointer:
		b.WriteByte('*')
		writeType(b, t.Elem(), full)
	case *types.Slice:
		b.WriteString("[]")
		writeType(b, t.Elem(), full)
	case *types.Array:
		fmt.Fprintf(b, "[%d]", t.Len())
		writeType(b, t.Elem(), full)
	case *types.Map:
		b.WriteString("map[")
		writeType(b, t.Key(), full)
		b.WriteByte(']')
		writeType(b, t.Elem(), full)
	case *types.Chan:
		switch t.Dir() {
		case types.SendOnly:
			b.WriteString("chan<- ")
		case types.RecvOnly:
			b.WriteString("<-chan ")
		default:
			b.WriteString("chan ")
		}
		writeType(b, t.Elem(), full)
	case *types.Signature:
		b.WriteString("func")
		writeSig(b, t, full)
	case *types.Interface:
		if t.NumMethods() == 0 {
			b.WriteString("interface {}")
			return
		}
		b.WriteString("interface { ")
		for i, m := range sortedMethods(t) {
			if i > 0 {
				b.WriteString("; ")
			}
			if !m.Exported() && m.Pkg() != nil {
				b.WriteString(m.Pkg().Name() + ".")
			}
			b.WriteString(m.Name())
			writeSig(b, m.Type().(*types.Signature), full)
		}
		b.WriteString(" }")
	case *types.Struct:
		if t.NumFields() == 0 {
			b.WriteString("struct {}")
			return
		}
		b.WriteString("struct { ")
		for i := 0; i < t.NumFields(); i++ {
			if i > 0 {
				b.WriteString("; ")
			}
			f := t.Field(i)
			if !f.Embedded() {
				b.WriteString(f.Name() + " ")
			}
			writeType(b, f.Type(), full)
			if tag := t.Tag(i); tag != "" {
				b.WriteString(" " + strconv.Quote(tag))
			}
		}
		b.WriteString(" }")
	case *types.TypeParam:
		b.WriteString(t.Obj().Name())
	default:
		b.WriteString(t.String())
	}
}

func writeSig(b *strings.Builder, sig *types.Signature, full bool) {
	b.WriteByte('(')
	for i := 0; i < sig.Params().Len(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		pt := sig.Params().At(i).Type()
		if sig.Variadic() && i == sig.Params().Len()-1 {
			b.WriteString("...")
			pt = pt.(*types.Slice).Elem()
		}
		writeType(b, pt, full)
	}
	b.WriteByte(')')
	switch sig.Results().Len() {
	case 0:
	case 1:
		b.WriteByte(' ')
		writeType(b, sig.Results().At(0).Type(), full)
	default:
		b.WriteString(" (")
		for i := 0; i < sig.Results().Len(); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			writeType(b, sig.Results().At(i).Type(), full)
		}
		b.WriteByte(')')
	}
}

// methodName is a method's name qualified, for unexported names, by its
// package path ("main.m"): methods of different packages differ.
func methodName(m *types.Func) string {
	if m.Exported() || m.Pkg() == nil {
		return m.Name()
	}
	return m.Pkg().Path() + "." + m.Name()
}

// sortedMethods lists an interface's methods in descriptor order (methodLess).
func sortedMethods(it *types.Interface) []*types.Func {
	var ms []*types.Func
	for i := 0; i < it.NumMethods(); i++ {
		ms = append(ms, it.Method(i))
	}
	sort.SliceStable(ms, func(i, j int) bool { return methodLess(ms[i], ms[j]) })
	return ms
}

// methodLess orders methods as gc's types.Sym.Less does, the order of
// method tables and itabs: exported names first, then by name, then
// (unexported names) by package path.
func methodLess(a, b *types.Func) bool {
	if ea, eb := a.Exported(), b.Exported(); ea != eb {
		return ea
	}
	if a.Name() != b.Name() {
		return a.Name() < b.Name()
	}
	return !a.Exported() && pkgPathOf(a.Pkg()) < pkgPathOf(b.Pkg())
}

func pkgPathOf(p *types.Package) string {
	if p == nil {
		return ""
	}
	return p.Path()
}

// ifaceMethodIndex is the index of method name in the interface's itab.
func ifaceMethodIndex(it *types.Interface, m *types.Func) int {
	for i, x := range sortedMethods(it) {
		if x.Name() == m.Name() && methodName(x) == methodName(m) {
			return i
		}
	}
	for i, x := range sortedMethods(it) {
		if x.Name() == m.Name() {
			return i
		}
	}
	panic("method " + m.Name() + " not in interface")
}
