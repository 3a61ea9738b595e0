// This file lowers map operations to the runtime (include/goc/map.h):
// lookups, comma-ok, assignment, delete, literals and make. Like gc, it picks
// the _fast32/_fast64/_faststr entry points for 4-byte and 8-byte plain-memory
// keys and string keys when the element is at most 128 bytes.
package lower

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

// mapFast names the fast variant for map type t ("" for the generic path).
func (f *fn) mapFast(t types.Type) string {
	m := t.Underlying().(*types.Map)
	sz := f.t.descs.sizes
	if sz.Sizeof(m.Elem()) > 128 {
		return ""
	}
	k := m.Key()
	if isString(k) {
		return "faststr"
	}
	if !types.Comparable(k) {
		return ""
	}
	_, _, _, regmem := f.t.descs.typeProps(k)
	if !regmem {
		return ""
	}
	switch sz.Sizeof(k) {
	case 4:
		return "fast32"
	case 8:
		return "fast64"
	}
	return ""
}

// fastKey converts a key value (in C variable kv) to the argument of a fast entry point.
func (f *fn) fastKey(kind string, kt types.Type, kv string) string {
	switch kind {
	case "faststr":
		return kv
	case "fast32":
		if isInteger(kt) {
			return "(uint32_t)" + kv
		}
		return fmt.Sprintf("({ uint32_t _u; memcpy(&_u, &%s, 4); _u; })", kv)
	}
	switch kt.Underlying().(type) {
	case *types.Pointer, *types.Chan:
		return "(uint64_t)(uintptr_t)" + kv
	}
	if isInteger(kt) {
		return "(uint64_t)" + kv
	}
	return fmt.Sprintf("({ uint64_t _u; memcpy(&_u, &%s, 8); _u; })", kv)
}

// mapIndex lowers m[k] as a value.
func (f *fn) mapIndex(mx, kx ast.Expr, m *types.Map) string {
	mt := f.typeOf(mx)
	vct := f.ctype(m.Elem())
	kct := f.ctype(m.Key())
	fast := f.mapFast(mt)
	mv, kv := f.expr(mx), f.tmpStringOr(kx, m.Key(), f.exprTo)
	if fast != "" {
		return fmt.Sprintf("({ goc_hmap *_m = %s; %s _k = %s; *(%s *)goc_mapaccess1_%s(%s, _m, %s); })",
			mv, kct, kv, vct, fast, f.t.descs.mapRef(mt), f.fastKey(fast, m.Key(), "_k"))
	}
	return fmt.Sprintf("({ goc_hmap *_m = %s; %s _k = %s; *(%s *)goc_mapaccess1(%s, _m, &_k); })",
		mv, kct, kv, vct, f.t.descs.mapRef(mt))
}

// tmpStringOr lowers e as a value of type t: when e is string(b) of a byte
// slice and t a string type, a string sharing b's bytes instead of a copy,
// for operands that are only read during the operation (a map lookup key, a
// comparison), as gc's slicebytetostringtmp; otherwise with lower(e, t).
func (f *fn) tmpStringOr(e ast.Expr, t types.Type, lower func(ast.Expr, types.Type) string) string {
	if isString(t) {
		if call, ok := unparen(e).(*ast.CallExpr); ok && len(call.Args) == 1 {
			if tv, ok := f.t.info.Types[call.Fun]; ok && tv.IsType() && isString(tv.Type) {
				if sl, ok := f.typeOf(call.Args[0]).Underlying().(*types.Slice); ok {
					if b, ok := sl.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Uint8 {
						return fmt.Sprintf("({ goc_slice _b = %s; (goc_string){(const uint8_t *)_b.ptr, _b.len}; })", f.expr(call.Args[0]))
					}
				}
			}
		}
	}
	return lower(e, t)
}

// mapIndexOk lowers v, ok := m[k] to a (V, bool) tuple value.
func (f *fn) mapIndexOk(ie *ast.IndexExpr) (string, *types.Tuple) {
	mt := f.typeOf(ie.X)
	m := mt.Underlying().(*types.Map)
	tt := types.NewTuple(types.NewVar(0, nil, "", m.Elem()), types.NewVar(0, nil, "", types.Typ[types.Bool]))
	tct := f.ctype(tt)
	vct := f.ctype(m.Elem())
	kct := f.ctype(m.Key())
	fast := f.mapFast(mt)
	key := "&_k"
	call := "goc_mapaccess2"
	if fast != "" {
		key = f.fastKey(fast, m.Key(), "_k")
		call += "_" + fast
	}
	return fmt.Sprintf("({ goc_hmap *_m = %s; %s _k = %s; bool _ok; %s _v = *(%s *)%s(%s, _m, %s, &_ok); (%s){_v, _ok}; })",
		f.expr(ie.X), kct, f.tmpStringOr(ie.Index, m.Key(), f.exprTo), vct, vct, call, f.t.descs.mapRef(mt), key, tct), tt
}

// mapAssign is the C statement m[k] = val for C values of the map, key and
// value, evaluated in that order before the runtime call.
func (f *fn) mapAssign(mt types.Type, mv, kv, val string) string {
	m := mt.Underlying().(*types.Map)
	vct := f.ctype(m.Elem())
	kct := f.ctype(m.Key())
	fast := f.mapFast(mt)
	if fast != "" {
		call := "goc_mapassign_" + fast
		if fast == "fast64" {
			if _, ok := m.Key().Underlying().(*types.Pointer); ok {
				return fmt.Sprintf("{ goc_hmap *_m = %s; %s _k = %s; %s _v = %s; *(%s *)goc_mapassign_fast64ptr(%s, _m, (void *)_k) = _v; }",
					mv, kct, kv, vct, val, vct, f.t.descs.mapRef(mt))
			}
		}
		return fmt.Sprintf("{ goc_hmap *_m = %s; %s _k = %s; %s _v = %s; *(%s *)%s(%s, _m, %s) = _v; }",
			mv, kct, kv, vct, val, vct, call, f.t.descs.mapRef(mt), f.fastKey(fast, m.Key(), "_k"))
	}
	return fmt.Sprintf("{ goc_hmap *_m = %s; %s _k = %s; %s _v = %s; *(%s *)goc_mapassign(%s, _m, &_k) = _v; }",
		mv, kct, kv, vct, val, vct, f.t.descs.mapRef(mt))
}

// mapDelete lowers delete(m, k) given lowered map and key values.
func (f *fn) mapDelete(mt types.Type, mv, kv string) string {
	m := mt.Underlying().(*types.Map)
	kct := f.ctype(m.Key())
	fast := f.mapFast(mt)
	if fast != "" {
		return fmt.Sprintf("({ goc_hmap *_m = %s; %s _k = %s; goc_mapdelete_%s(%s, _m, %s); })",
			mv, kct, kv, fast, f.t.descs.mapRef(mt), f.fastKey(fast, m.Key(), "_k"))
	}
	return fmt.Sprintf("({ goc_hmap *_m = %s; %s _k = %s; goc_mapdelete(%s, _m, &_k); })", mv, kct, kv, f.t.descs.mapRef(mt))
}

// mapLit lowers a map literal: make with the entry count as hint, then assign in source order.
func (f *fn) mapLit(e *ast.CompositeLit, mt types.Type) string {
	m := mt.Underlying().(*types.Map)
	var b strings.Builder
	n := len(e.Elts)
	if sm := f.stackMap(e, mt, ""); sm != "" && n <= 8 {
		fmt.Fprintf(&b, "({ goc_hmap *_ml = %s; ", sm)
	} else if n <= 8 {
		b.WriteString("({ goc_hmap *_ml = goc_makemap_small(); ")
	} else {
		fmt.Fprintf(&b, "({ goc_hmap *_ml = goc_makemap(%s, %d, NULL); ", f.t.descs.mapRef(mt), n)
	}
	for _, el := range e.Elts {
		kv := el.(*ast.KeyValueExpr)
		k := f.litElem(kv.Key, m.Key())
		v := f.litElem(kv.Value, m.Elem())
		b.WriteString(f.mapAssign(mt, "_ml", k, v) + " ")
	}
	b.WriteString("_ml; })")
	return b.String()
}
