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

func writeTypeString(b *strings.Builder, t types.Type) {
	switch t := t.(type) {
	case *types.Basic:
		if n, ok := basicNames[t.Kind()]; ok {
			b.WriteString(n)
		} else {
			b.WriteString(t.Name())
		}
	case *types.Alias:
		writeTypeString(b, types.Unalias(t))
	case *types.Named:
		obj := t.Obj()
		if obj.Pkg() != nil {
			b.WriteString(obj.Pkg().Name() + ".")
		}
		b.WriteString(obj.Name())
		if la, ok := localInstArgs[obj]; ok {
			b.WriteByte('[')
			for i, a := range la {
				if i > 0 {
					b.WriteByte(',')
				}
				writeTypeString(b, a)
			}
			b.WriteByte(']')
		}
		if ta := t.TypeArgs(); ta != nil && ta.Len() > 0 {
			b.WriteByte('[')
			for i := 0; i < ta.Len(); i++ {
				if i > 0 {
					b.WriteByte(',')
				}
				writeTypeString(b, ta.At(i))
			}
			b.WriteByte(']')
		}
	case *types.Pointer:
		b.WriteByte('*')
		writeTypeString(b, t.Elem())
	case *types.Slice:
		b.WriteString("[]")
		writeTypeString(b, t.Elem())
	case *types.Array:
		fmt.Fprintf(b, "[%d]", t.Len())
		writeTypeString(b, t.Elem())
	case *types.Map:
		b.WriteString("map[")
		writeTypeString(b, t.Key())
		b.WriteByte(']')
		writeTypeString(b, t.Elem())
	case *types.Chan:
		switch t.Dir() {
		case types.SendOnly:
			b.WriteString("chan<- ")
		case types.RecvOnly:
			b.WriteString("<-chan ")
		default:
			b.WriteString("chan ")
		}
		writeTypeString(b, t.Elem())
	case *types.Signature:
		b.WriteString("func")
		writeSig(b, t)
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
			writeSig(b, m.Type().(*types.Signature))
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
			writeTypeString(b, f.Type())
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

func writeSig(b *strings.Builder, sig *types.Signature) {
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
		writeTypeString(b, pt)
	}
	b.WriteByte(')')
	switch sig.Results().Len() {
	case 0:
	case 1:
		b.WriteByte(' ')
		writeTypeString(b, sig.Results().At(0).Type())
	default:
		b.WriteString(" (")
		for i := 0; i < sig.Results().Len(); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			writeTypeString(b, sig.Results().At(i).Type())
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
