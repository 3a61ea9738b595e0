// This file lowers composite literals: structs and arrays become C compound
// literals, slices a fresh backing array from goc_mallocgc, maps a
// goc_makemap followed by assignments (map.go), &T{...} a goc_newobject.
package lower

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

// litElem lowers a literal element, which may be an elided composite literal.
func (f *fn) litElem(e ast.Expr, t types.Type) string {
	if cl, ok := e.(*ast.CompositeLit); ok && cl.Type == nil {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			return f.newLit(cl, p.Elem())
		}
		return f.compositeLit(cl, t)
	}
	return f.exprTo(e, t)
}

// newLit lowers &T{...} (t is T): a new object, on the stack when the
// escape analysis allows it.
func (f *fn) newLit(cl *ast.CompositeLit, t types.Type) string {
	ct := f.ctype(t)
	tmp := f.tmp()
	if so := f.stackObject(cl, f.sizeof(t), ct+" %s"); so != "" {
		return fmt.Sprintf("({ %s *%s = &%s; *%s = %s; %s; })", ct, tmp, so, tmp, f.compositeLit(cl, t), tmp)
	}
	return fmt.Sprintf("({ %s *%s = (%s *)goc_newobject(%s); *%s = %s; %s; })", ct, tmp, ct, f.t.descs.ref(t), tmp, f.compositeLit(cl, t), tmp)
}

// compositeLit lowers T{...} as a value of type t.
func (f *fn) compositeLit(e *ast.CompositeLit, t types.Type) string {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return f.litElem(e, p)
	}
	ct := f.ctype(t)
	// elements are evaluated in source order: through temporaries when two may call
	var pre []string
	ncalls := 0
	for _, el := range e.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			el = kv.Value
		}
		if f.hasCall(el) {
			ncalls++
		}
	}
	elem := func(x ast.Expr, et types.Type) string {
		v := f.litElem(x, et)
		if ncalls > 1 && !isConst(f, x) {
			tmp := f.tmp()
			pre = append(pre, fmt.Sprintf("%s %s = %s;", f.ctype(et), tmp, v))
			return tmp
		}
		return v
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		if len(e.Elts) == 0 {
			return f.zero(t)
		}
		var parts []string
		for i, el := range e.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				name := kv.Key.(*ast.Ident).Name
				for j := 0; j < u.NumFields(); j++ {
					if u.Field(j).Name() == name {
						parts = append(parts, fmt.Sprintf(".%s = %s", fieldName(u, j), elem(kv.Value, u.Field(j).Type())))
					}
				}
				continue
			}
			if u.Field(i).Name() == "_" {
				// a blank field keeps its zero value; its element is
				// still evaluated, in order, when that can do anything
				if f.hasCall(el) {
					pre = append(pre, fmt.Sprintf("(void)(%s);", f.litElem(el, u.Field(i).Type())))
				}
				continue
			}
			parts = append(parts, fmt.Sprintf(".%s = %s", fieldName(u, i), elem(el, u.Field(i).Type())))
		}
		if len(parts) == 0 {
			return wrapStmtExpr(pre, f.zero(t))
		}
		return wrapStmtExpr(pre, fmt.Sprintf("((%s){%s})", ct, strings.Join(parts, ", ")))
	case *types.Array:
		if len(e.Elts) == 0 {
			return f.zero(t)
		}
		var parts []string
		f.eachElem(e, func(i int64, el ast.Expr) {
			parts = append(parts, fmt.Sprintf("[%d] = %s", i, elem(el, u.Elem())))
		})
		return wrapStmtExpr(pre, fmt.Sprintf("((%s){{%s}})", ct, strings.Join(parts, ", ")))
	case *types.Slice:
		n := int64(0)
		f.eachElem(e, func(i int64, el ast.Expr) {
			if i+1 > n {
				n = i + 1
			}
		})
		if n == 0 {
			// []T{} is empty but not nil
			return "((goc_slice){(void *)&goc_zerobase, 0, 0})"
		}
		ect := f.ctype(u.Elem())
		tmp := f.tmp()
		var b strings.Builder
		if so := f.stackObject(e, f.sizeof(u.Elem())*n, fmt.Sprintf("%s %%s[%d]", ect, n)); so != "" {
			fmt.Fprintf(&b, "({ %s *%s = %s; memset(%s, 0, sizeof %s); ", ect, tmp, so, so, so)
		} else {
			fmt.Fprintf(&b, "({ %s *%s = (%s *)goc_mallocgc(%d * sizeof(%s), %s, true); ", ect, tmp, ect, n, ect, f.t.descs.ref(u.Elem()))
		}
		f.eachElem(e, func(i int64, el ast.Expr) {
			fmt.Fprintf(&b, "%s[%d] = %s; ", tmp, i, f.litElem(el, u.Elem()))
		})
		fmt.Fprintf(&b, "(goc_slice){%s, %d, %d}; })", tmp, n, n)
		return b.String()
	case *types.Map:
		return f.mapLit(e, t)
	}
	f.t.unsupported(e.Pos(), "composite literal of %s", t)
	return "0"
}

// eachElem walks array/slice literal elements with their indices.
func (f *fn) eachElem(e *ast.CompositeLit, fn func(i int64, el ast.Expr)) {
	var i int64
	for _, el := range e.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			if v, ok := constInt(f.t.info.Types[kv.Key]); ok {
				i = v
			}
			fn(i, kv.Value)
		} else {
			fn(i, el)
		}
		i++
	}
}
