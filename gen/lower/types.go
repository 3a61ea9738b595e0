// This file maps Go types to C types: scalars to goc_* typedefs, strings,
// slices, maps, funcs and interfaces to the ABI structs, and arrays, structs
// and result tuples to C structs that are defined once, in dependency order.
package lower

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"go/types"
	"strconv"
	"strings"
)

// cstruct is a C struct definition the translation unit needs.
type cstruct struct {
	name   string
	fields []string // "ctype name" lines (already complete declarations)
	deps   []string // names of cstructs that must be complete first
	done   bool
	busy   bool
}

// typeReg holds everything keyed by Go type identity.
type typeReg struct {
	t       *Translator
	ctypes  map[string]string   // tkey -> C type name
	mangles map[string]string   // tkey -> mangled identifier
	usedMg  map[string]string   // mangled -> tkey (uniqueness)
	structs map[string]*cstruct // C name -> definition
	busy    map[*types.TypeName]bool
	sorder  []string
	fwd     []string // forward typedefs
}

func newTypeReg(t *Translator) *typeReg {
	return &typeReg{t: t, ctypes: map[string]string{},
		mangles: map[string]string{}, usedMg: map[string]string{}, structs: map[string]*cstruct{},
		busy: map[*types.TypeName]bool{}}
}

// tkey is a canonical identity key of a type (identical types, identical keys).
func (r *typeReg) tkey(t types.Type) string {
	var b strings.Builder
	r.writeKey(&b, t)
	return b.String()
}

// basicName is a basic type's name with the aliases byte and rune spelled
// uint8 and int32: [8]byte and [8]uint8 are one type, so one C type.
func basicName(t *types.Basic) string {
	switch t.Kind() {
	case types.Byte:
		return "uint8"
	case types.Rune:
		return "int32"
	}
	return t.Name()
}

func (r *typeReg) writeKey(b *strings.Builder, t types.Type) {
	switch t := t.(type) {
	case *types.Basic:
		b.WriteString(basicName(t))
	case *types.Alias:
		r.writeKey(b, types.Unalias(t))
	case *types.Named:
		obj := t.Obj()
		if li := localInstOf(obj); li != nil {
			fmt.Fprintf(b, "%s.%s·%s[", obj.Pkg().Path(), obj.Name(), r.localKey(li.orig))
			for i, a := range li.args {
				if i > 0 {
					b.WriteByte(',')
				}
				r.writeKey(b, a)
			}
			if li.own != nil {
				b.WriteByte(';')
				for i, a := range li.own {
					if i > 0 {
						b.WriteByte(',')
					}
					r.writeKey(b, a)
				}
			}
			b.WriteByte(']')
			return
		}
		if obj.Pkg() != nil {
			b.WriteString(obj.Pkg().Path())
			b.WriteByte('.')
		}
		b.WriteString(obj.Name())
		if obj.Pkg() != nil && obj.Parent() != obj.Pkg().Scope() && obj.Parent() != nil {
			fmt.Fprintf(b, "·%s", r.localKey(t.Origin().Obj()))
		}
		if ta := t.TypeArgs(); ta != nil && ta.Len() > 0 {
			b.WriteByte('[')
			for i := 0; i < ta.Len(); i++ {
				if i > 0 {
					b.WriteByte(',')
				}
				r.writeKey(b, ta.At(i))
			}
			b.WriteByte(']')
		}
	case *types.Pointer:
		b.WriteByte('*')
		r.writeKey(b, t.Elem())
	case *types.Slice:
		b.WriteString("[]")
		r.writeKey(b, t.Elem())
	case *types.Array:
		fmt.Fprintf(b, "[%d]", t.Len())
		r.writeKey(b, t.Elem())
	case *types.Map:
		b.WriteString("map[")
		r.writeKey(b, t.Key())
		b.WriteByte(']')
		r.writeKey(b, t.Elem())
	case *types.Chan:
		fmt.Fprintf(b, "chan%d ", t.Dir())
		r.writeKey(b, t.Elem())
	case *types.Struct:
		b.WriteString("struct{")
		for i := 0; i < t.NumFields(); i++ {
			f := t.Field(i)
			if i > 0 {
				b.WriteByte(';')
			}
			if f.Embedded() {
				b.WriteString("!")
			}
			if !f.Exported() && f.Pkg() != nil {
				b.WriteString(f.Pkg().Path() + ".")
			}
			b.WriteString(f.Name())
			b.WriteByte(' ')
			r.writeKey(b, f.Type())
			if tag := t.Tag(i); tag != "" {
				b.WriteString(strconv.Quote(tag))
			}
		}
		b.WriteByte('}')
	case *types.Signature:
		b.WriteString("func(")
		r.writeTuple(b, t.Params())
		if t.Variadic() {
			b.WriteString("...")
		}
		b.WriteString(")")
		r.writeTuple(b, t.Results())
	case *types.Interface:
		b.WriteString("interface{")
		for i := 0; i < t.NumMethods(); i++ {
			m := t.Method(i)
			if i > 0 {
				b.WriteByte(';')
			}
			b.WriteString(m.Id())
			r.writeKey(b, m.Type())
		}
		b.WriteByte('}')
	case *types.Tuple:
		r.writeTuple(b, t)
	case *types.TypeParam:
		fmt.Fprintf(b, "$%s%p", t.Obj().Name(), t.Obj())
	default:
		fmt.Fprintf(b, "?%T", t)
	}
}

func (r *typeReg) writeTuple(b *strings.Builder, t *types.Tuple) {
	b.WriteByte('(')
	for i := 0; i < t.Len(); i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		r.writeKey(b, t.At(i).Type())
	}
	b.WriteByte(')')
}

// localNum numbers a type declared inside a function by its source line, so
// its C name depends only on the source (never on the order of translation:
// a package's C unit must not change when another package does).
func (r *typeReg) localNum(tn *types.TypeName) int {
	return r.t.fset.Position(tn.Pos()).Line
}

// localKey identifies a local type declaration by its position (file:line:col).
func (r *typeReg) localKey(tn *types.TypeName) string {
	p := r.t.fset.Position(tn.Pos())
	return fmt.Sprintf("%s:%d:%d", p.Filename, p.Line, p.Column)
}

// mangle gives a readable C identifier fragment for a type: int, main__Point,
// slice_int, map_string_int, ptr_main__T, arr3_int, main__Pair__int__string.
func (r *typeReg) mangle(t types.Type) string {
	k := r.tkey(t)
	if m, ok := r.mangles[k]; ok {
		return m
	}
	m := r.mangle1(t)
	if prev, ok := r.usedMg[m]; ok && prev != k {
		// two types with one spelling (import paths "a_b" and "a/b"): the
		// second gets a suffix from its identity, never from a counter
		m += "_" + keyHash(k)
	}
	r.usedMg[m] = k
	r.mangles[k] = m
	return m
}

func (r *typeReg) mangle1(t types.Type) string {
	switch t := t.(type) {
	case *types.Basic:
		switch t.Kind() {
		case types.UnsafePointer:
			return "unsafe_Pointer"
		}
		return basicName(t)
	case *types.Alias:
		return r.mangle(types.Unalias(t))
	case *types.Named:
		obj := t.Obj()
		s := obj.Name()
		if li := localInstOf(obj); li != nil {
			s = fmt.Sprintf("%s__%s__%d", pkgC(obj.Pkg()), s, r.localNum(li.orig))
			for _, a := range li.args {
				s += "__" + r.mangle(a)
			}
			if li.own != nil {
				s += "__of" // the type's own arguments follow
				for _, a := range li.own {
					s += "__" + r.mangle(a)
				}
			}
			return s
		}
		if obj.Pkg() != nil {
			s = pkgC(obj.Pkg()) + "__" + s
			if obj.Parent() != obj.Pkg().Scope() && obj.Parent() != nil {
				s += fmt.Sprintf("__%d", r.localNum(t.Origin().Obj()))
			}
		}
		if ta := t.TypeArgs(); ta != nil {
			for i := 0; i < ta.Len(); i++ {
				s += "__" + r.mangle(ta.At(i))
			}
		}
		return s
	case *types.Pointer:
		return "ptr_" + r.mangle(t.Elem())
	case *types.Slice:
		return "slice_" + r.mangle(t.Elem())
	case *types.Array:
		return fmt.Sprintf("arr%d_%s", t.Len(), r.mangle(t.Elem()))
	case *types.Map:
		return "map_" + r.mangle(t.Key()) + "_" + r.mangle(t.Elem())
	case *types.Chan:
		switch t.Dir() {
		case types.RecvOnly:
			return "chanrecv_" + r.mangle(t.Elem())
		case types.SendOnly:
			return "chansend_" + r.mangle(t.Elem())
		}
		return "chan_" + r.mangle(t.Elem())
	case *types.Struct:
		if t.NumFields() == 0 {
			return "struct_empty"
		}
		return "struct_" + keyHash(r.tkey(t))
	case *types.Signature:
		s := "func"
		if t.Variadic() {
			s += "_va"
		}
		for i := 0; i < t.Params().Len(); i++ {
			s += "_" + r.mangle(t.Params().At(i).Type())
		}
		if t.Results().Len() > 0 {
			s += "_ret"
			for i := 0; i < t.Results().Len(); i++ {
				s += "_" + r.mangle(t.Results().At(i).Type())
			}
		}
		if len(s) > 60 {
			s = "func_" + keyHash(r.tkey(t))
		}
		return s
	case *types.Interface:
		if t.NumMethods() == 0 {
			return "any"
		}
		return "iface_" + keyHash(r.tkey(t))
	case *types.Tuple:
		var parts []string
		for i := 0; i < t.Len(); i++ {
			parts = append(parts, r.mangle(t.At(i).Type()))
		}
		return strings.Join(parts, "__")
	}
	return "T"
}

// keyHash is a short hash of a type identity key: C names of anonymous
// struct and interface types are made from it, so that they depend on the
// type alone (the C unit of a package must not depend on the rest of the program).
func keyHash(k string) string {
	h := sha256.Sum256([]byte(k))
	return hex.EncodeToString(h[:4])
}

// isEface reports whether t is an interface with no methods (any).
func isEface(t types.Type) bool {
	it, ok := t.Underlying().(*types.Interface)
	return ok && it.NumMethods() == 0
}

func isIface(t types.Type) bool {
	_, ok := t.Underlying().(*types.Interface)
	return ok
}

// recursivePointer reports whether t is a named pointer type that points to
// itself through pointers only (type P *P; type A *B with type B *A).
func recursivePointer(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	seen := map[*types.TypeName]bool{}
	for {
		p, ok := n.Underlying().(*types.Pointer)
		if !ok || seen[n.Obj()] {
			return ok
		}
		seen[n.Obj()] = true
		if n, ok = types.Unalias(p.Elem()).(*types.Named); !ok {
			return false
		}
	}
}

// ctype returns the C type used for values of Go type t.
func (r *typeReg) ctype(t types.Type) string {
	t = types.Unalias(t)
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch u.Kind() {
		case types.Bool, types.UntypedBool:
			return "goc_bool"
		case types.Int, types.UntypedInt:
			return "goc_int"
		case types.Int8:
			return "goc_int8"
		case types.Int16:
			return "goc_int16"
		case types.Int32, types.UntypedRune:
			return "goc_int32"
		case types.Int64:
			return "goc_int64"
		case types.Uint:
			return "goc_uint"
		case types.Uint8:
			return "goc_uint8"
		case types.Uint16:
			return "goc_uint16"
		case types.Uint32:
			return "goc_uint32"
		case types.Uint64:
			return "goc_uint64"
		case types.Uintptr:
			return "goc_uintptr"
		case types.Float32:
			return "goc_float32"
		case types.Float64, types.UntypedFloat:
			return "goc_float64"
		case types.Complex64:
			return "goc_complex64"
		case types.Complex128, types.UntypedComplex:
			return "goc_complex128"
		case types.String, types.UntypedString:
			return "goc_string"
		case types.UnsafePointer, types.UntypedNil:
			return "void *"
		}
	case *types.Pointer:
		if n, ok := t.(*types.Named); ok {
			if r.busy[n.Obj()] {
				// type P *P (or P *Q, Q *P): C has no such pointer type; the
				// innermost level is void *, which converts implicitly to
				// and from the outer levels
				return "void *"
			}
			r.busy[n.Obj()] = true
			defer delete(r.busy, n.Obj())
		}
		return r.ctype(u.Elem()) + " *"
	case *types.Slice:
		return "goc_slice"
	case *types.Map:
		return "goc_hmap *"
	case *types.Signature:
		return "goc_func *"
	case *types.Chan:
		return "goc_hchan *"
	case *types.Interface:
		if u.NumMethods() == 0 {
			return "goc_eface"
		}
		return "goc_iface"
	case *types.Struct, *types.Array:
		return r.structName(t)
	case *types.Tuple:
		return r.structName(t)
	}
	return "void"
}

// structName registers (once) and names the C struct for a struct, array or tuple type.
func (r *typeReg) structName(t types.Type) string {
	k := r.tkey(t)
	if n, ok := r.ctypes[k]; ok {
		return n
	}
	var name string
	switch tt := t.(type) {
	case *types.Named:
		name = r.mangle(t)
	case *types.Tuple:
		name = "goc_tuple__" + r.mangle(t)
	default:
		_ = tt
		name = "goc_" + r.mangle(t)
	}
	r.ctypes[k] = name
	cs := &cstruct{name: name}
	r.structs[name] = cs
	r.sorder = append(r.sorder, name)
	r.fwd = append(r.fwd, fmt.Sprintf("typedef struct %s %s;", name, name))
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			f := u.Field(i)
			ct := r.ctype(f.Type())
			cs.fields = append(cs.fields, fmt.Sprintf("%s %s;", ct, fieldName(u, i)))
			r.addDep(cs, f.Type())
		}
	case *types.Array:
		ct := r.ctype(u.Elem())
		cs.fields = append(cs.fields, fmt.Sprintf("%s a[%d];", ct, u.Len()))
		r.addDep(cs, u.Elem())
	case *types.Tuple:
		for i := 0; i < u.Len(); i++ {
			ct := r.ctype(u.At(i).Type())
			cs.fields = append(cs.fields, fmt.Sprintf("%s r%d;", ct, i))
			r.addDep(cs, u.At(i).Type())
		}
	}
	return name
}

// write emits the struct's definition.
func (cs *cstruct) write(b *strings.Builder) {
	fmt.Fprintf(b, "struct %s {\n", cs.name)
	for _, f := range cs.fields {
		b.WriteString("    " + f + "\n")
	}
	if len(cs.fields) == 0 {
		b.WriteString("    char _empty[0];\n")
	}
	b.WriteString("};\n")
}

func (r *typeReg) addDep(cs *cstruct, t types.Type) {
	switch t.Underlying().(type) {
	case *types.Struct, *types.Array:
		cs.deps = append(cs.deps, r.ctype(t))
	}
}

// fieldName is the C member name of field i (Go name; blank fields numbered; keywords suffixed).
func fieldName(s *types.Struct, i int) string {
	n := s.Field(i).Name()
	if n == "_" {
		return fmt.Sprintf("_blank%d", i)
	}
	// suffixed: keywords, macros (_LP64), and names ending in "_" (so int_ stays apart from int)
	if cReserved[n] || strings.HasPrefix(n, "_") || strings.HasSuffix(n, "_") {
		return n + "_"
	}
	return n
}

// emitStructs writes the struct definitions in dependency order.
func (r *typeReg) emitStructs(b *strings.Builder) {
	for _, f := range r.fwd {
		b.WriteString(f + "\n")
	}
	b.WriteString("\n")
	names := append([]string(nil), r.sorder...)
	var visit func(n string)
	visit = func(n string) {
		cs := r.structs[n]
		if cs == nil || cs.done || cs.busy {
			return
		}
		cs.busy = true
		for _, d := range cs.deps {
			visit(d)
		}
		cs.busy = false
		cs.done = true
		cs.write(b)
	}
	for _, n := range names {
		visit(n)
	}
}

// cReserved are identifiers a Go name must not become in C.
var cReserved = map[string]bool{}

// cReserved: C keywords, some C library functions, and every macro without
// a leading underscore that goc.h and string.h (the headers generated C
// includes) define: gcc -dM -E on them.
func init() {
	for _, w := range strings.Fields(`auto break case char const continue default do double else enum extern
		float for goto if inline int long register restrict return short signed sizeof static struct switch
		typedef union unsigned void volatile while _Bool _Complex _Imaginary bool true false NULL EOF
		stdin stdout stderr errno assert main I complex imaginary offsetof setjmp longjmp jmp_buf
		alignof alignas noreturn static_assert thread_local asm typeof fortran
		int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t uintptr_t size_t ptrdiff_t
		INT8_MIN INT16_MIN INT32_MIN INT64_MIN INT8_MAX INT16_MAX INT32_MAX INT64_MAX UINT8_MAX
		UINT16_MAX UINT32_MAX UINT64_MAX SIZE_MAX INFINITY NAN memcpy memmove memset memcmp strlen
		abort exit malloc free calloc realloc printf puts abs labs
		i386
		GOC_CHAN_H GOC_FMT_H GOC_H GOC_HASH_H GOC_IFACE_H GOC_INDEX GOC_LIKELY GOC_MALLOC_H GOC_MAPSLOT
		GOC_MAPTYPE_SIZES GOC_MAP_H GOC_MAP_MAXELEMSIZE GOC_MAP_MAXKEYSIZE GOC_MAX_SMALL_SIZE
		GOC_NILCHECK GOC_NUM_SIZE_CLASSES GOC_PAGE_SIZE GOC_PANIC_H GOC_PRINT_H GOC_RUNE_ERROR
		GOC_RUNTIME_H GOC_SCHED_H GOC_SLICE_H GOC_STR GOC_STRING_H GOC_SYNC_H GOC_TYPES_H GOC_UNLIKELY
		GOC_MSTATS_H GOC_SYS_H
		INT16_C INT32_C INT64_C INT8_C INTMAX_C INTMAX_MAX INTMAX_MIN INTPTR_MAX INTPTR_MIN
		INT_FAST16_MAX INT_FAST16_MIN INT_FAST32_MAX INT_FAST32_MIN INT_FAST64_MAX INT_FAST64_MIN
		INT_FAST8_MAX INT_FAST8_MIN INT_LEAST16_MAX INT_LEAST16_MIN INT_LEAST32_MAX INT_LEAST32_MIN
		INT_LEAST64_MAX INT_LEAST64_MIN INT_LEAST8_MAX INT_LEAST8_MIN PTRDIFF_MAX PTRDIFF_MIN
		SIG_ATOMIC_MAX SIG_ATOMIC_MIN UINT16_C UINT32_C UINT64_C UINT8_C UINTMAX_C UINTMAX_MAX
		UINTPTR_MAX UINT_FAST16_MAX UINT_FAST32_MAX UINT_FAST64_MAX UINT_FAST8_MAX UINT_LEAST16_MAX
		UINT_LEAST32_MAX UINT_LEAST64_MAX UINT_LEAST8_MAX WCHAR_MAX WCHAR_MIN WINT_MAX WINT_MIN linux
		sigsetjmp unix`) {
		cReserved[w] = true
	}
}

// unsupportedType aborts lowering of a type C cannot express; Translate reports it.
type unsupportedType struct {
	obj types.Object
	msg string
}
