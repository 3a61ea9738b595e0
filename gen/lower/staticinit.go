// This file initializes package variables statically, as gc's staticinit
// does: a variable whose initializer is made only of constants, composite
// literals of struct, array and slice types (their elements static in
// turn), addresses of such literals, and conversions between types of one
// representation gets a C initializer, and no code in P__init. Slices get a
// static backing array, &T{...} a static object, named after the variable
// (unicode__Lu__s1). Tables such as unicode's then cost the C compiler a
// data definition rather than a long initialization function, and cost the
// program no work at start-up; a top-level function as a value is its
// static closure. Maps, interfaces, other function values, calls and reads
// of other variables keep their code in P__init.
package lower

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// staticInit renders one variable's initializer as C constant data.
type staticInit struct {
	f    *fn
	base string   // the variable's C name: the objects it points to are named after it
	n    int      // objects so far
	defs []string // definitions of those objects ("static T name = {...};")
}

// staticGlobal returns the C initializer of package variable v, whose
// initializer is e, with the definitions of the objects it points to, or
// ok == false when e is not static data.
func (t *Translator) staticGlobal(v *types.Var, e ast.Expr) (init string, defs []string, ok bool) {
	s := &staticInit{f: t.newFn("", nil, types.NewSignatureType(nil, nil, nil, nil, nil, false)), base: t.globalName(v)}
	init, ok = s.value(e, v.Type())
	return init, s.defs, ok
}

// value renders e, as a value of type typ, as a C initializer.
func (s *staticInit) value(e ast.Expr, typ types.Type) (string, bool) {
	t := s.f.t
	e = unparen(e)
	tv, ok := t.info.Types[e]
	if !ok || isIface(typ) {
		return "", false
	}
	if tv.Value != nil {
		if _, basic := typ.Underlying().(*types.Basic); !basic {
			return "", false
		}
		return s.f.constant(tv.Value, typ), true
	}
	if tv.IsNil() {
		return "{0}", true
	}
	switch x := e.(type) {
	case *ast.Ident, *ast.SelectorExpr:
		// a top-level function as a value: its static closure (gc's
		// staticinit too), so the function is kept only when the
		// variable is (goc build's pruning)
		if fo, ok := t.info.Uses[funcIdent(x)].(*types.Func); ok && fo.Type().(*types.Signature).Recv() == nil {
			if c := s.f.expr(x); strings.HasPrefix(c, "((goc_func *)&") && strings.HasSuffix(c, "__closure)") &&
				!strings.ContainsAny(c[len("((goc_func *)&"):len(c)-1], "(),; ") {
				return c, true
			}
		}
	case *ast.CompositeLit:
		return s.composite(x, typ)
	case *ast.UnaryExpr:
		cl, isLit := unparen(x.X).(*ast.CompositeLit)
		p, isPtr := typ.Underlying().(*types.Pointer)
		if x.Op != token.AND || !isLit || !isPtr {
			return "", false
		}
		return s.object(cl, p.Elem())
	case *ast.CallExpr:
		// a conversion between types of the same representation
		if ft, ok := t.info.Types[x.Fun]; ok && ft.IsType() && len(x.Args) == 1 {
			at := t.info.TypeOf(x.Args[0])
			if at != nil && types.Identical(at.Underlying(), typ.Underlying()) {
				return s.value(x.Args[0], typ)
			}
		}
	}
	return "", false
}

// elem renders a literal element, whose composite literal may omit its type
// (and, for a pointer element type, its &).
func (s *staticInit) elem(e ast.Expr, typ types.Type) (string, bool) {
	if cl, ok := e.(*ast.CompositeLit); ok && cl.Type == nil {
		if p, ok := typ.Underlying().(*types.Pointer); ok {
			return s.object(cl, p.Elem())
		}
		return s.composite(cl, typ)
	}
	return s.value(e, typ)
}

// object defines a static object of type typ holding literal cl and returns
// its address.
func (s *staticInit) object(cl *ast.CompositeLit, typ types.Type) (string, bool) {
	init, ok := s.composite(cl, typ)
	if !ok {
		return "", false
	}
	name := s.newName()
	s.defs = append(s.defs, fmt.Sprintf("static %s %s = %s;", s.f.ctype(typ), name, init))
	return "&" + name, true
}

func (s *staticInit) newName() string {
	s.n++
	return fmt.Sprintf("%s__s%d", s.base, s.n)
}

// composite renders a struct, array or slice literal.
func (s *staticInit) composite(cl *ast.CompositeLit, typ types.Type) (string, bool) {
	var parts []string
	switch u := typ.Underlying().(type) {
	case *types.Struct:
		for i, el := range cl.Elts {
			j := i
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				name := kv.Key.(*ast.Ident).Name
				for j = 0; j < u.NumFields() && u.Field(j).Name() != name; j++ {
				}
				if j == u.NumFields() {
					return "", false
				}
				el = kv.Value
			}
			v, ok := s.elem(el, u.Field(j).Type())
			if !ok {
				return "", false
			}
			if u.Field(j).Name() == "_" {
				continue // a blank field keeps its zero value
			}
			parts = append(parts, fmt.Sprintf(".%s = %s", fieldName(u, j), v))
		}
		if len(parts) == 0 {
			return "{0}", true
		}
		return "{" + strings.Join(parts, ", ") + "}", true
	case *types.Array:
		ok := s.elems(cl, u.Elem(), &parts)
		if !ok {
			return "", false
		}
		if len(parts) == 0 {
			return "{0}", true
		}
		return "{{" + strings.Join(parts, ", ") + "}}", true
	case *types.Slice:
		if !s.elems(cl, u.Elem(), &parts) {
			return "", false
		}
		n := int64(0)
		s.f.eachElem(cl, func(i int64, _ ast.Expr) {
			if i+1 > n {
				n = i + 1
			}
		})
		if n == 0 {
			return "{(void *)&goc_zerobase, 0, 0}", true // []T{} is empty but not nil
		}
		name := s.newName()
		s.defs = append(s.defs, fmt.Sprintf("static %s %s[%d] = {%s};", s.f.ctype(u.Elem()), name, n, strings.Join(parts, ", ")))
		return fmt.Sprintf("{(void *)%s, %d, %d}", name, n, n), true
	}
	return "", false
}

// elems renders the elements of an array or slice literal as "[i] = v".
func (s *staticInit) elems(cl *ast.CompositeLit, et types.Type, parts *[]string) bool {
	ok := true
	s.f.eachElem(cl, func(i int64, el ast.Expr) {
		if !ok {
			return
		}
		v, good := s.elem(el, et)
		if !good {
			ok = false
			return
		}
		*parts = append(*parts, fmt.Sprintf("[%d] = %s", i, v))
	})
	return ok
}
