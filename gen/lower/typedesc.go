// This file emits type descriptors (goc_type / goc_maptype, include/goc/types.h):
// one static const object per Go type the program needs, with size, kind,
// flags, hash/equal functions (generated for structs and arrays), the Go
// type string, fields, and sorted method tables whose ifn wrappers take the
// interface data word. Static itabs for known conversions live here too.
package lower

import (
	"fmt"
	"go/types"
	"sort"
	"strings"

	"goc/cemit"
)

type descReg struct {
	t       *Translator
	names   map[string]string // tkey -> C object name
	isMap   map[string]bool
	pending []types.Type
	decls   []string
	defs    []string
	itabs   map[string]string
	sizes   types.Sizes
}

func newDescReg(t *Translator) *descReg {
	return &descReg{t: t, names: map[string]string{}, isMap: map[string]bool{}, itabs: map[string]string{},
		sizes: types.SizesFor("gc", "amd64")}
}

var basicDesc = map[types.BasicKind]string{
	types.Bool: "goc_type_bool", types.Int: "goc_type_int", types.Int8: "goc_type_int8",
	types.Int16: "goc_type_int16", types.Int32: "goc_type_int32", types.Int64: "goc_type_int64",
	types.Uint: "goc_type_uint", types.Uint8: "goc_type_uint8", types.Uint16: "goc_type_uint16",
	types.Uint32: "goc_type_uint32", types.Uint64: "goc_type_uint64", types.Uintptr: "goc_type_uintptr",
	types.Float32: "goc_type_float32", types.Float64: "goc_type_float64",
	types.Complex64: "goc_type_complex64", types.Complex128: "goc_type_complex128",
	types.String: "goc_type_string", types.UnsafePointer: "goc_type_unsafe_Pointer",
	types.UntypedBool: "goc_type_bool", types.UntypedInt: "goc_type_int", types.UntypedRune: "goc_type_int32",
	types.UntypedFloat: "goc_type_float64", types.UntypedString: "goc_type_string",
	types.UntypedComplex: "goc_type_complex128",
}

// ref is a const goc_type * expression for t.
func (d *descReg) ref(t types.Type) string {
	n := d.name(t)
	if d.isMap[d.t.reg.tkey(t)] {
		return "&" + n + ".type"
	}
	return "&" + n
}

// mapRef is a const goc_maptype * expression for map type t.
func (d *descReg) mapRef(t types.Type) string { return "&" + d.name(t) }

func (d *descReg) name(t types.Type) string {
	t = types.Unalias(t)
	if b, ok := t.(*types.Basic); ok {
		if n, ok := basicDesc[b.Kind()]; ok {
			return n
		}
	}
	if it, ok := t.(*types.Interface); ok && it.NumMethods() == 0 {
		return "goc_type_any"
	}
	if n, ok := t.(*types.Named); ok && n.Obj().Pkg() == nil && n.Obj().Name() == "error" {
		return "goc_type_error"
	}
	if n := runtimeDesc(t); n != "" {
		return n // defined by the C runtime (runtimeDesc)
	}
	k := d.t.reg.tkey(t)
	if n, ok := d.names[k]; ok {
		return n
	}
	n := "goc_type__" + d.t.reg.mangle(t)
	d.names[k] = n
	if _, ok := t.Underlying().(*types.Map); ok {
		d.isMap[k] = true
		d.decls = append(d.decls, fmt.Sprintf("static const goc_maptype %s;", n))
	} else {
		d.decls = append(d.decls, fmt.Sprintf("static const goc_type %s;", n))
	}
	d.pending = append(d.pending, t)
	return n
}

func (d *descReg) emitDecls(b *strings.Builder) {
	for _, x := range d.decls {
		b.WriteString(x + "\n")
	}
}

func (d *descReg) emitDefs(b *strings.Builder) {
	for _, x := range d.defs {
		b.WriteString(x + "\n")
	}
}

// flush generates the definitions of descriptors requested so far.
func (d *descReg) flush() bool {
	did := false
	for len(d.pending) > 0 {
		t := d.pending[0]
		d.pending = d.pending[1:]
		d.define(t)
		did = true
	}
	return did
}

func kindOf(t types.Type) string {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch u.Kind() {
		case types.Bool:
			return "GOC_BOOL"
		case types.Int:
			return "GOC_INT"
		case types.Int8:
			return "GOC_INT8"
		case types.Int16:
			return "GOC_INT16"
		case types.Int32:
			return "GOC_INT32"
		case types.Int64:
			return "GOC_INT64"
		case types.Uint:
			return "GOC_UINT"
		case types.Uint8:
			return "GOC_UINT8"
		case types.Uint16:
			return "GOC_UINT16"
		case types.Uint32:
			return "GOC_UINT32"
		case types.Uint64:
			return "GOC_UINT64"
		case types.Uintptr:
			return "GOC_UINTPTR"
		case types.Float32:
			return "GOC_FLOAT32"
		case types.Float64:
			return "GOC_FLOAT64"
		case types.Complex64:
			return "GOC_COMPLEX64"
		case types.Complex128:
			return "GOC_COMPLEX128"
		case types.String:
			return "GOC_STRING"
		case types.UnsafePointer:
			return "GOC_UNSAFEPOINTER"
		}
	case *types.Array:
		return "GOC_ARRAY"
	case *types.Chan:
		return "GOC_CHAN"
	case *types.Signature:
		return "GOC_FUNC"
	case *types.Interface:
		return "GOC_INTERFACE"
	case *types.Map:
		return "GOC_MAP"
	case *types.Pointer:
		return "GOC_POINTER"
	case *types.Slice:
		return "GOC_SLICE"
	case *types.Struct:
		return "GOC_STRUCT"
	}
	return "GOC_INVALID"
}

// isDirect: pointer-shaped values live in the interface data word itself.
func isDirect(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Pointer, *types.Map, *types.Signature, *types.Chan:
		return true
	case *types.Basic:
		return u.Kind() == types.UnsafePointer
	}
	return false
}

func hasPointers(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Kind() == types.String || u.Kind() == types.UnsafePointer
	case *types.Array:
		return u.Len() > 0 && hasPointers(u.Elem())
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if hasPointers(u.Field(i).Type()) {
				return true
			}
		}
		return false
	}
	return true
}

// typeProps computes the reflexive / needkeyupdate / hashmightpanic / regmem properties.
func (d *descReg) typeProps(t types.Type) (reflexive, needUpd, mightPanic, regmem bool) {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch {
		case u.Info()&(types.IsFloat|types.IsComplex) != 0:
			return false, true, false, false
		case u.Kind() == types.String:
			return true, true, false, false
		}
		return true, false, false, true
	case *types.Pointer, *types.Chan:
		return true, false, false, true
	case *types.Interface:
		return false, true, true, false
	case *types.Array:
		r, n, m, g := d.typeProps(u.Elem())
		return r, n, m, g
	case *types.Struct:
		reflexive, regmem = true, true
		var off int64
		offs := d.sizes.Offsetsof(structFields(u))
		for i := 0; i < u.NumFields(); i++ {
			r, n, m, g := d.typeProps(u.Field(i).Type())
			reflexive = reflexive && r
			needUpd = needUpd || n
			mightPanic = mightPanic || m
			regmem = regmem && g && u.Field(i).Name() != "_"
			if offs[i] != off {
				regmem = false
			}
			off = offs[i] + d.sizes.Sizeof(u.Field(i).Type())
		}
		if off != d.sizes.Sizeof(u) {
			regmem = false
		}
		return
	}
	return false, false, false, false
}

func structFields(s *types.Struct) []*types.Var {
	var v []*types.Var
	for i := 0; i < s.NumFields(); i++ {
		v = append(v, s.Field(i))
	}
	return v
}

// hashEq returns the C hash and equal function names for t ("NULL" when not comparable).
func (d *descReg) hashEq(t types.Type) (string, string) {
	if !types.Comparable(t) {
		return "NULL", "NULL"
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch u.Kind() {
		case types.Float32:
			return "goc_f32hash", "goc_f32equal"
		case types.Float64:
			return "goc_f64hash", "goc_f64equal"
		case types.Complex64:
			return "goc_c64hash", "goc_c64equal"
		case types.Complex128:
			return "goc_c128hash", "goc_c128equal"
		case types.String:
			return "goc_strhash", "goc_strequal"
		}
		return memFns(d.sizes.Sizeof(t))
	case *types.Pointer, *types.Chan:
		return "goc_memhash64", "goc_memequal64"
	case *types.Interface:
		if u.NumMethods() == 0 {
			return "goc_nilinterhash", "goc_nilinterequal"
		}
		return "goc_interhash", "goc_interequal"
	case *types.Array, *types.Struct:
		size := d.sizes.Sizeof(t)
		if size == 0 {
			return "goc_memhash0", "goc_memequal0"
		}
		if _, _, _, regmem := d.typeProps(t); regmem {
			// Plain memory (no padding, floats, strings or interfaces):
			// one block, as gc's generated algorithms and goc_typehash do.
			if h, e := memFns(size); h != "" {
				return h, e
			}
			return d.genMemHashEq(size)
		}
		return d.genHashEq(t)
	}
	return "NULL", "NULL"
}

func memFns(size int64) (string, string) {
	switch size {
	case 0:
		return "goc_memhash0", "goc_memequal0"
	case 1:
		return "goc_memhash8", "goc_memequal8"
	case 2:
		return "goc_memhash16", "goc_memequal16"
	case 4:
		return "goc_memhash32", "goc_memequal32"
	case 8:
		return "goc_memhash64", "goc_memequal64"
	case 16:
		return "goc_memhash128", "goc_memequal128"
	}
	return "", ""
}

// genMemHashEq writes hash and equal functions for size bytes of plain memory.
func (d *descReg) genMemHashEq(size int64) (string, string) {
	hn, en := fmt.Sprintf("goc_hash__mem%d", size), fmt.Sprintf("goc_eq__mem%d", size)
	if d.t.helperOK[hn] {
		return hn, en
	}
	d.t.addHelper(hn, fmt.Sprintf("static uintptr_t %s(const void *p, uintptr_t seed);", hn),
		fmt.Sprintf("static uintptr_t %s(const void *p, uintptr_t seed) { return goc_memhash(p, seed, %d); }\n", hn, size))
	d.t.addHelper(en, fmt.Sprintf("static bool %s(const void *p, const void *q);", en),
		fmt.Sprintf("static bool %s(const void *p, const void *q) { return goc_memequal(p, q, %d); }\n", en, size))
	return hn, en
}

// genHashEq writes hash and equal functions for a comparable struct or array,
// chaining the element/field functions as gc's generated algorithms do.
func (d *descReg) genHashEq(t types.Type) (string, string) {
	m := d.t.reg.mangle(t)
	hn, en := "goc_hash__"+m, "goc_eq__"+m
	ct := d.t.reg.ctype(t)
	if d.t.helperOK[hn] {
		return hn, en
	}
	var h, e cemit.Writer
	h.Printf("static uintptr_t %s(const void *p, uintptr_t seed) {", hn)
	h.Indent()
	h.Printf("const %s *x = p;", ct)
	e.Printf("static bool %s(const void *p, const void *q) {", en)
	e.Indent()
	e.Printf("const %s *x = p, *y = q;", ct)
	switch u := t.Underlying().(type) {
	case *types.Array:
		eh, ee := d.hashEq(u.Elem())
		h.Printf("for (goc_int i = 0; i < %d; i++) seed = %s(&x->a[i], seed);", u.Len(), eh)
		e.Printf("for (goc_int i = 0; i < %d; i++) if (!%s(&x->a[i], &y->a[i])) return false;", u.Len(), ee)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			f := u.Field(i)
			if f.Name() == "_" || d.sizes.Sizeof(f.Type()) == 0 {
				continue
			}
			fh, fe := d.hashEq(f.Type())
			fn := fieldName(u, i)
			h.Printf("seed = %s(&x->%s, seed);", fh, fn)
			e.Printf("if (!%s(&x->%s, &y->%s)) return false;", fe, fn, fn)
		}
	}
	h.Printf("return seed;")
	h.Dedent()
	h.Printf("}")
	e.Printf("return true;")
	e.Dedent()
	e.Printf("}")
	d.t.addHelper(hn, fmt.Sprintf("static uintptr_t %s(const void *p, uintptr_t seed);", hn), h.String())
	d.t.addHelper(en, fmt.Sprintf("static bool %s(const void *p, const void *q);", en), e.String())
	return hn, en
}

// define writes the descriptor of t.
func (d *descReg) define(t types.Type) {
	r := d.t.reg
	name := d.names[r.tkey(t)]
	ct := r.ctype(t)
	var flags []string
	if hasPointers(t) {
		flags = append(flags, "GOC_TFLAG_POINTERS")
	}
	if isDirect(t) {
		flags = append(flags, "GOC_TFLAG_DIRECTIFACE")
	}
	_, named := t.(*types.Named)
	if named {
		flags = append(flags, "GOC_TFLAG_NAMED")
	}
	if types.Comparable(t) {
		refl, upd, mp, rm := d.typeProps(t)
		if refl {
			flags = append(flags, "GOC_TFLAG_REFLEXIVE")
		}
		if upd {
			flags = append(flags, "GOC_TFLAG_NEEDKEYUPDATE")
		}
		if mp {
			flags = append(flags, "GOC_TFLAG_HASHMIGHTPANIC")
		}
		if rm {
			flags = append(flags, "GOC_TFLAG_REGMEM")
		}
	}
	if len(flags) == 0 {
		flags = []string{"0"}
	}
	hash, eq := d.hashEq(t)
	var b strings.Builder
	size := fmt.Sprintf("sizeof(%s)", ct)
	align := fmt.Sprintf("_Alignof(%s)", ct)
	fmt.Fprintf(&b, "    .size = %s, .align = %s, .kind = %s,\n", size, align, kindOf(t))
	fmt.Fprintf(&b, "    .tflag = %s,\n", strings.Join(flags, " | "))
	fmt.Fprintf(&b, "    .hash = %s, .equal = %s,\n", hash, eq)
	fmt.Fprintf(&b, "    .string = %s,\n", cemit.Quote(typeString(t)))
	if named {
		fmt.Fprintf(&b, "    .pkgpath = \"main\",\n")
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		fmt.Fprintf(&b, "    .elem = %s,\n", d.ref(u.Elem()))
	case *types.Slice:
		fmt.Fprintf(&b, "    .elem = %s,\n", d.ref(u.Elem()))
	case *types.Array:
		fmt.Fprintf(&b, "    .elem = %s, .len = %d,\n", d.ref(u.Elem()), u.Len())
	case *types.Chan:
		fmt.Fprintf(&b, "    .elem = %s, .len = %d,\n", d.ref(u.Elem()), chanDir(u))
	case *types.Map:
		fmt.Fprintf(&b, "    .key = %s, .elem = %s,\n", d.ref(u.Key()), d.ref(u.Elem()))
	case *types.Struct:
		if u.NumFields() > 0 {
			fn := "goc_fields__" + r.mangle(t)
			var fb strings.Builder
			fmt.Fprintf(&fb, "static const goc_structfield %s[] = {\n", fn)
			for i := 0; i < u.NumFields(); i++ {
				f := u.Field(i)
				fname := f.Name()
				fmt.Fprintf(&fb, "    {%s, %s, offsetof(%s, %s), %v, %v},\n", cemit.Quote(fname), d.ref(f.Type()), ct,
					fieldName(u, i), f.Embedded(), f.Exported())
			}
			fb.WriteString("};")
			d.defs = append(d.defs, fb.String())
			fmt.Fprintf(&b, "    .fields = %s, .nfields = %d,\n", fn, u.NumFields())
		}
	}
	if ms := d.methods(t); ms != "" {
		b.WriteString(ms)
	}
	if _, ok := t.Underlying().(*types.Map); ok {
		mt := t.Underlying().(*types.Map)
		d.defs = append(d.defs, fmt.Sprintf("static const goc_maptype %s = {\n    .type = {\n%s    },\n    GOC_MAPTYPE_SIZES(%s, %s),\n};",
			name, indentText(b.String()), r.ctype(mt.Key()), r.ctype(mt.Elem())))
		return
	}
	d.defs = append(d.defs, fmt.Sprintf("static const goc_type %s = {\n%s};", name, b.String()))
}

func indentText(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i := range lines {
		lines[i] = "    " + lines[i]
	}
	return strings.Join(lines, "\n") + "\n"
}

func chanDir(c *types.Chan) int {
	switch c.Dir() {
	case types.RecvOnly:
		return 1
	case types.SendOnly:
		return 2
	}
	return 3
}

// methods renders the method table of t (interfaces: their methods; others: the method set).
func (d *descReg) methods(t types.Type) string {
	r := d.t.reg
	if it, ok := t.Underlying().(*types.Interface); ok {
		if it.NumMethods() == 0 {
			return ""
		}
		tn := "goc_methods__" + r.mangle(t)
		var mb strings.Builder
		fmt.Fprintf(&mb, "static const goc_method %s[] = {\n", tn)
		for _, m := range sortedMethods(it) {
			fmt.Fprintf(&mb, "    {%s, %s, NULL},\n", cemit.Quote(methodName(m)), cemit.Quote(typeString(m.Type())))
		}
		mb.WriteString("};")
		d.defs = append(d.defs, mb.String())
		return fmt.Sprintf("    .nmethods = %d, .methods = %s,\n", it.NumMethods(), tn)
	}
	ms := types.NewMethodSet(t)
	if ms.Len() == 0 {
		return ""
	}
	type ent struct {
		name, mtyp, ifn string
	}
	var ents []ent
	for i := 0; i < ms.Len(); i++ {
		sel := ms.At(i)
		m := sel.Obj().(*types.Func)
		ifn := d.t.ifnWrapper(t, sel)
		ents = append(ents, ent{methodName(m), typeString(sel.Type()), ifn})
	}
	sort.Slice(ents, func(i, j int) bool { return ents[i].name < ents[j].name })
	tn := "goc_methods__" + r.mangle(t)
	var mb strings.Builder
	fmt.Fprintf(&mb, "static const goc_method %s[] = {\n", tn)
	for _, e := range ents {
		fmt.Fprintf(&mb, "    {%s, %s, (void (*)(void))%s},\n", cemit.Quote(e.name), cemit.Quote(e.mtyp), e.ifn)
	}
	mb.WriteString("};")
	d.defs = append(d.defs, mb.String())
	return fmt.Sprintf("    .nmethods = %d, .methods = %s,\n", len(ents), tn)
}

// itab returns an expression for the static itab of concrete type t in interface it.
func (d *descReg) itab(t, iface types.Type) string {
	r := d.t.reg
	key := r.tkey(t) + " in " + r.tkey(iface)
	if n, ok := d.itabs[key]; ok {
		return "&" + n
	}
	n := "goc_itab__" + r.mangle(t) + "__" + r.mangle(iface)
	d.itabs[key] = n
	it := iface.Underlying().(*types.Interface)
	ms := types.NewMethodSet(t)
	var funs []string
	for _, m := range sortedMethods(it) {
		sel := ms.Lookup(m.Pkg(), m.Name())
		if sel == nil {
			panic("missing method " + m.Name() + " for itab")
		}
		funs = append(funs, "(void (*)(void))"+d.t.ifnWrapper(t, sel))
	}
	d.defs = append(d.defs, fmt.Sprintf("static const goc_itab %s = {%s, %s, {%s}};", n, d.ref(iface), d.ref(t), strings.Join(funs, ", ")))
	return "&" + n
}

// runtimeDesc names the type descriptor the C runtime defines for t, a type
// of the runtime stub package (or a pointer to one) whose values the runtime
// makes: the panic values of failed type assertions and of panic(nil). It
// returns "" for other types.
func runtimeDesc(t types.Type) string {
	ptr := ""
	if p, ok := t.(*types.Pointer); ok {
		t, ptr = types.Unalias(p.Elem()), "ptr_"
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "runtime" {
		return ""
	}
	switch n.Obj().Name() {
	case "TypeAssertionError", "PanicNilError":
		return "goc_type_" + ptr + "runtime_" + n.Obj().Name()
	}
	return ""
}
