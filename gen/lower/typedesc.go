// This file emits type descriptors laid out as Go 1.23's internal/abi types
// (include/goc/types.h): one constant object per Go type the program needs,
// preceded by a pointer to the program's module, holding the kind's struct
// (abi.Type, PtrType, StructType, ...), the UncommonType of named types and
// types with methods, a func type's parameter types and the method table.
// Names (the type string, method names) and the types and code that method
// tables refer to are offsets into the module's tables (goc_module__main),
// rendered at the end with the descriptors. Generated hash and equal
// functions of structs and arrays, their closures (abi.Type.Equal and
// abi.MapType.Hasher are Go func values) and static itabs live here too.
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
	refs    map[string]string // tkey -> const goc_type * expression
	pending []types.Type
	decls   []string
	defs    []string    // tables the descriptors point to, then (finish) the descriptors
	moddefs []string    // the module and its tables (finish), private to the unit
	descs   []*descText // descriptors, rendered by finish
	itabs   map[string]string
	sizes   types.Sizes
	// the module's tables (finish renders them)
	offs     []string       // NameOff/TypeOff -> C expression ([0] unused)
	offIdx   map[string]int // expression -> index
	text     []string       // TextOff -> function
	textIdx  map[string]int
	textMeth []TextMethod // the methods the entries of text are (for pruning)
	// offRefs: the descriptors each object reaches through TypeOffs (the
	// module table's entries), which a build that prunes follows
	offRefs   map[string][]string
	typelinks []string
	shapes    map[string]bool
	finished  bool
}

// descText is a descriptor waiting for finish: its definition with the
// PtrToThis placeholder, and its type.
type descText struct {
	typ  types.Type
	text string
}

const ptrToThisMark = "@PTRTOTHIS@"

// modName names the module of the descriptors this translation writes, or
// one of its tables (what: "module", "moduleoffs", "moduletext",
// "moduletypelinks"): the program's (goc emit) or, in package mode, the
// unit's: goc_module__main, goc_moduleoffs__strings. Package units have
// their own copies of the descriptors they use (weak, the linker keeps
// one), each pointing to its unit's module, so every unit has one; a
// constructor registers it (goc_addmodule) before main runs.
func (d *descReg) modName(what string) string {
	p := "main"
	if d.t.only != nil {
		p = pkgC(d.t.only)
	}
	return "goc_" + what + "__" + p
}

func newDescReg(t *Translator) *descReg {
	return &descReg{t: t, names: map[string]string{}, refs: map[string]string{}, itabs: map[string]string{},
		sizes: types.SizesFor("gc", "amd64"), offs: []string{"NULL"}, offIdx: map[string]int{},
		text: []string{"NULL"}, textIdx: map[string]int{}, shapes: map[string]bool{}}
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

// runtimeTypeDesc names the descriptor the C runtime defines for t (the
// predeclared types, interface {}, error, the runtime's error types and the
// func types of the runtime's own methods), or "".
func runtimeTypeDesc(t types.Type) string {
	t = types.Unalias(t)
	switch u := t.(type) {
	case *types.Basic:
		return basicDesc[u.Kind()]
	case *types.Interface:
		if u.NumMethods() == 0 {
			return "goc_type_any"
		}
	case *types.Named:
		if u.Obj().Pkg() == nil && u.Obj().Name() == "error" {
			return "goc_type_error"
		}
	case *types.Signature:
		if u.Recv() == nil && u.Params().Len() == 0 && !u.Variadic() {
			switch {
			case u.Results().Len() == 0:
				return "goc_type_func"
			case u.Results().Len() == 1 && types.Identical(u.Results().At(0).Type(), types.Typ[types.String]):
				return "goc_type_func_string"
			case u.Results().Len() == 1 && types.Identical(u.Results().At(0).Type(), types.Typ[types.Uintptr]):
				return "goc_type_func_uintptr"
			}
		}
	}
	return runtimeDesc(t)
}

// ref is a const goc_type * expression for t.
func (d *descReg) ref(t types.Type) string {
	if n := runtimeTypeDesc(t); n != "" {
		return "&" + n
	}
	k := d.t.reg.tkey(t)
	if r, ok := d.refs[k]; ok {
		return r
	}
	d.name(t)
	return d.refs[k]
}

// mapRef is a const goc_maptype * expression for map type t.
func (d *descReg) mapRef(t types.Type) string {
	return "(&" + d.name(t) + ".d)"
}

// kindStruct is the C struct of t's kind part (include/goc/types.h).
func kindStruct(t types.Type) string {
	switch t.Underlying().(type) {
	case *types.Array:
		return "goc_arraytype"
	case *types.Chan:
		return "goc_chantype"
	case *types.Signature:
		return "goc_functype"
	case *types.Interface:
		return "goc_interfacetype"
	case *types.Map:
		return "goc_maptype"
	case *types.Pointer:
		return "goc_ptrtype"
	case *types.Slice:
		return "goc_slicetype"
	case *types.Struct:
		return "goc_structtype"
	}
	return "goc_type"
}

// name registers t's descriptor (defined later by flush) and returns its C object name.
func (d *descReg) name(t types.Type) string {
	t = types.Unalias(t)
	k := d.t.reg.tkey(t)
	if n, ok := d.names[k]; ok {
		return n
	}
	n := "goc_type__" + d.t.reg.mangle(t)
	d.names[k] = n
	if kindStruct(t) == "goc_type" {
		d.refs[k] = "(&" + n + ".d)"
	} else {
		d.refs[k] = "(&" + n + ".d.Type)"
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
	for _, x := range d.moddefs {
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

// ptrBytes is abi.Type.PtrBytes: the prefix of a value that holds pointers.
func (d *descReg) ptrBytes(t types.Type) int64 {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		if u.Kind() == types.String || u.Kind() == types.UnsafePointer {
			return 8
		}
		return 0
	case *types.Interface:
		return 16
	case *types.Array:
		if u.Len() == 0 {
			return 0
		}
		e := d.ptrBytes(u.Elem())
		if e == 0 {
			return 0
		}
		return (u.Len()-1)*d.sizes.Sizeof(u.Elem()) + e
	case *types.Struct:
		offs := d.sizes.Offsetsof(structFields(u))
		var last int64
		for i := 0; i < u.NumFields(); i++ {
			if p := d.ptrBytes(u.Field(i).Type()); p > 0 {
				last = offs[i] + p
			}
		}
		return last
	}
	return 8 // pointers, slices, maps, chans, funcs
}

// ptrMask sets in mask (one bit per word) the pointer words of a value of type t at byte off.
func (d *descReg) ptrMask(t types.Type, off int64, mask []byte) {
	set := func(w int64) { mask[w/8] |= 1 << (w % 8) }
	switch u := t.Underlying().(type) {
	case *types.Basic:
		if u.Kind() == types.String || u.Kind() == types.UnsafePointer {
			set(off / 8)
		}
	case *types.Interface:
		set(off/8 + 1) // the data word; gc does not count the type word
	case *types.Array:
		if d.ptrBytes(u.Elem()) == 0 {
			return
		}
		es := d.sizes.Sizeof(u.Elem())
		for i := int64(0); i < u.Len(); i++ {
			d.ptrMask(u.Elem(), off+i*es, mask)
		}
	case *types.Struct:
		offs := d.sizes.Offsetsof(structFields(u))
		for i := 0; i < u.NumFields(); i++ {
			d.ptrMask(u.Field(i).Type(), off+offs[i], mask)
		}
	default:
		set(off / 8)
	}
}

// gcData is the GCData expression of t: its pointer bitmap, or NULL.
func (d *descReg) gcData(t types.Type) string {
	pb := d.ptrBytes(t)
	if pb == 0 {
		return "NULL"
	}
	mask := make([]byte, (pb/8+7)/8)
	d.ptrMask(t, 0, mask)
	return "(const uint8_t *)" + cBytes(mask)
}

// cBytes renders b as a C string literal (octal escapes for everything not plainly printable).
func cBytes(b []byte) string {
	var s strings.Builder
	s.WriteByte('"')
	for _, c := range b {
		if c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '?' {
			s.WriteByte(c)
		} else {
			fmt.Fprintf(&s, "\\%03o", c)
		}
	}
	s.WriteByte('"')
	return s.String()
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

// hashEq returns the C hash and equal functions for t, hash(p, seed) and
// equal(p, q) ("NULL" when not comparable).
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

// closureOf returns a goc_func * expression for the Equal or Hasher field:
// the runtime's closure of its own functions (goc_X_f), or a closure written
// here around a generated function.
func (d *descReg) closureOf(fn string, hash bool) string {
	if fn == "NULL" {
		return "NULL"
	}
	if !strings.HasPrefix(fn, "goc_hash__") && !strings.HasPrefix(fn, "goc_eq__") {
		return "(goc_func *)&" + fn + "_f"
	}
	cl := fn + "__f"
	if !d.t.helperOK[cl] {
		var body string
		if hash {
			body = fmt.Sprintf("static goc_uintptr %s__fv(goc_func *_cl, void *p, goc_uintptr seed) { (void)_cl; return %s(p, seed); }\n"+
				"static const goc_func %s = {(void (*)(void))%s__fv};", fn, fn, cl, fn)
		} else {
			body = fmt.Sprintf("static goc_bool %s__fv(goc_func *_cl, void *p, void *q) { (void)_cl; return %s(p, q); }\n"+
				"static const goc_func %s = {(void (*)(void))%s__fv};", fn, fn, cl, fn)
		}
		d.t.addHelper(cl, fmt.Sprintf("static const goc_func %s;", cl), body)
	}
	return "(goc_func *)&" + cl
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

// ---- names and offsets ----------------------------------------------------------------------

// encName encodes a name as abi.Name does: flags, uvarint length, bytes,
// optionally the tag the same way.
func encName(name, tag string, exported, embedded bool) []byte {
	var flags byte
	if exported {
		flags |= 1
	}
	if tag != "" {
		flags |= 2
	}
	if embedded {
		flags |= 8
	}
	b := []byte{flags}
	b = appendUvarint(b, len(name))
	b = append(b, name...)
	if tag != "" {
		b = appendUvarint(b, len(tag))
		b = append(b, tag...)
	}
	return b
}

func appendUvarint(b []byte, n int) []byte {
	for n >= 0x80 {
		b = append(b, byte(n)|0x80)
		n >>= 7
	}
	return append(b, byte(n))
}

// nameLit is a goc_name initializer for an encoded name.
func nameLit(name, tag string, exported, embedded bool) string {
	return "{(const uint8_t *)" + cBytes(encName(name, tag, exported, embedded)) + "}"
}

// off returns the module table index of the C expression x (a name or a descriptor).
func (d *descReg) off(x string) int {
	if i, ok := d.offIdx[x]; ok {
		return i
	}
	d.offs = append(d.offs, x)
	d.offIdx[x] = len(d.offs) - 1
	return len(d.offs) - 1
}

// nameOff is the NameOff of a name; pkgPath (for unexported methods of
// another package than their type's) rides in the name as Go encodes it.
func (d *descReg) nameOff(name string, exported bool, pkgPath string) int {
	b := encName(name, "", exported, false)
	if pkgPath == "" {
		return d.off("(const void *)" + cBytes(b))
	}
	// The name carries a NameOff, resolved against the name's own module:
	// like a descriptor, the object starts with the module pointer.
	b[0] |= 4
	po := d.nameOff(pkgPath, false, "")
	b = append(b, byte(po), byte(po>>8), byte(po>>16), byte(po>>24))
	obj := fmt.Sprintf("goc_pkgname__%d", len(d.offs))
	shape := d.shape(fmt.Sprintf("goc_namedesc_%d", len(b)), fmt.Sprintf("uint8_t b[%d];", len(b)))
	d.decls = append(d.decls, fmt.Sprintf("static const %s %s;", shape, obj))
	d.defs = append(d.defs, fmt.Sprintf("static const %s %s = {&%s, %s};", shape, obj, d.modName("module"), cBytes(b)))
	return d.off(fmt.Sprintf("(const void *)%s.b", obj))
}

func (d *descReg) typeOff(t types.Type) int { return d.off("(const void *)" + d.ref(t)) }

// typeOffFrom is typeOff for a TypeOff in object from (a descriptor or its
// table): from reaches t's descriptor.
func (d *descReg) typeOffFrom(from string, t types.Type) int {
	if d.offRefs == nil {
		d.offRefs = map[string][]string{}
	}
	d.offRefs[from] = append(d.offRefs[from], d.ref(t))
	return d.typeOff(t)
}

func (d *descReg) textOff(fn string) int {
	x := "(void (*)(void))" + fn
	if i, ok := d.textIdx[x]; ok {
		return i
	}
	d.text = append(d.text, x)
	d.textIdx[x] = len(d.text) - 1
	return len(d.text) - 1
}

// shape registers the C struct of a descriptor's layout: the module
// pointer, then fields (the kind's struct first).
func (d *descReg) shape(name string, fields ...string) string {
	if !d.shapes[name] {
		d.shapes[name] = true
		r := d.t.reg
		r.structs[name] = &cstruct{name: name, fields: append([]string{"const goc_module *mod;"}, fields...)}
		r.sorder = append(r.sorder, name)
		r.fwd = append(r.fwd, fmt.Sprintf("typedef struct %s %s;", name, name))
	}
	return name
}

// typeHash is abi.Type.Hash: FNV-1a of the type string, continued over the
// package path for named types.
func typeHash(t types.Type) uint32 {
	h := uint32(2166136261)
	add := func(s string) {
		for i := 0; i < len(s); i++ {
			h ^= uint32(s[i])
			h *= 16777619
		}
	}
	add(typeString(t))
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		add(n.Obj().Pkg().Path())
	}
	return h
}

// typePkg is the package recorded in an uncommon type (gc's typePkg): a
// named type's, or for unnamed pointers, slices, arrays and chans the
// element's if that is named.
func typePkg(t types.Type) string {
	t = types.Unalias(t)
	if _, ok := t.(*types.Named); !ok {
		switch u := t.(type) {
		case *types.Pointer:
			t = types.Unalias(u.Elem())
		case *types.Slice:
			t = types.Unalias(u.Elem())
		case *types.Array:
			t = types.Unalias(u.Elem())
		case *types.Chan:
			t = types.Unalias(u.Elem())
		}
	}
	if n, ok := t.(*types.Named); ok && n.Obj().Pkg() != nil {
		return n.Obj().Pkg().Path()
	}
	return ""
}

// ---- descriptors ------------------------------------------------------------------------------

// noRecv is a method's signature without its receiver (abi.Method.Mtyp, Imethod.Typ).
func noRecv(t types.Type) types.Type {
	sig := t.(*types.Signature)
	return types.NewSignatureType(nil, nil, nil, sig.Params(), sig.Results(), sig.Variadic())
}

type methodEnt struct {
	m    *types.Func
	sel  *types.Selection
	mtyp types.Type
}

// methodSet lists the methods of a concrete type in descriptor order.
func methodSet(t types.Type) []methodEnt {
	if types.IsInterface(t) {
		return nil
	}
	ms := types.NewMethodSet(t)
	var ents []methodEnt
	for i := 0; i < ms.Len(); i++ {
		sel := ms.At(i)
		ents = append(ents, methodEnt{sel.Obj().(*types.Func), sel, noRecv(sel.Type())})
	}
	sort.SliceStable(ents, func(i, j int) bool { return methodLess(ents[i].m, ents[j].m) })
	return ents
}

// define writes the descriptor of t.
func (d *descReg) define(t types.Type) {
	r := d.t.reg
	name := d.names[r.tkey(t)]
	ct := r.ctype(t)
	ks := kindStruct(t)
	_, named := t.(*types.Named)
	methods := methodSet(t)
	uncommon := named || len(methods) > 0
	if named && d.t.usesReflect() {
		// as gc, a named type's *T is always described (PtrToThis): reflect's
		// Addr, PointerTo and New then find *T's methods (a json.Unmarshaler)
		d.name(types.NewPointer(t))
	}

	// abi.Type
	var tflag []string
	if uncommon {
		tflag = append(tflag, "GOC_TFLAG_UNCOMMON")
	}
	if named {
		tflag = append(tflag, "GOC_TFLAG_NAMED")
	}
	if types.Comparable(t) {
		if _, _, _, regmem := d.typeProps(t); regmem {
			tflag = append(tflag, "GOC_TFLAG_REGULARMEMORY")
		}
	}
	if len(tflag) == 0 {
		tflag = []string{"0"}
	}
	kind := kindOf(t)
	if isDirect(t) {
		kind += " | GOC_KIND_DIRECTIFACE"
	}
	_, eq := d.hashEq(t)
	var typ strings.Builder
	fmt.Fprintf(&typ, ".Size_ = sizeof(%s), .PtrBytes = %d, .Hash = 0x%08x, .TFlag = %s,\n", ct, d.ptrBytes(t), typeHash(t), strings.Join(tflag, " | "))
	fmt.Fprintf(&typ, "        .Align_ = _Alignof(%s), .FieldAlign_ = _Alignof(%s), .Kind_ = %s,\n", ct, ct, kind)
	fmt.Fprintf(&typ, "        .Equal = %s, .GCData = %s,\n", d.closureOf(eq, false), d.gcData(t))
	fmt.Fprintf(&typ, "        .Str = %d, .PtrToThis = %s", d.nameOff(typeString(t), false, ""), ptrToThisMark)

	// the kind's part
	var kp []string
	var params []string // func types: parameter and result descriptors
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		kp = append(kp, ".Elem = "+d.ref(u.Elem()))
	case *types.Slice:
		kp = append(kp, ".Elem = "+d.ref(u.Elem()))
	case *types.Array:
		kp = append(kp, ".Elem = "+d.ref(u.Elem()), ".Slice = "+d.ref(types.NewSlice(u.Elem())), fmt.Sprintf(".Len = %d", u.Len()))
	case *types.Chan:
		kp = append(kp, ".Elem = "+d.ref(u.Elem()), fmt.Sprintf(".Dir = %d", chanDir(u)))
	case *types.Map:
		kp = append(kp, d.mapPart(u)...)
	case *types.Signature:
		out := u.Results().Len()
		if u.Variadic() {
			out |= 1 << 15
		}
		kp = append(kp, fmt.Sprintf(".InCount = %d, .OutCount = %d", u.Params().Len(), out))
		for i := 0; i < u.Params().Len(); i++ {
			params = append(params, d.ref(u.Params().At(i).Type()))
		}
		for i := 0; i < u.Results().Len(); i++ {
			params = append(params, d.ref(u.Results().At(i).Type()))
		}
	case *types.Struct:
		kp = append(kp, d.structPart(t, u)...)
	case *types.Interface:
		kp = append(kp, d.interfacePart(t, u)...)
	}

	// the shape: kind struct, uncommon, params, methods
	shapeName := "goc_tdesc_" + strings.TrimSuffix(strings.TrimPrefix(ks, "goc_"), "type")
	if ks == "goc_type" {
		shapeName = "goc_tdesc_basic"
	}
	fields := []string{ks + " d;"}
	if uncommon {
		shapeName += "_u"
		fields = append(fields, "goc_uncommontype u;")
	}
	if len(params) > 0 {
		shapeName += fmt.Sprintf("_p%d", len(params))
		fields = append(fields, fmt.Sprintf("const goc_type *p[%d];", len(params)))
	}
	if len(methods) > 0 {
		shapeName += fmt.Sprintf("_m%d", len(methods))
		fields = append(fields, fmt.Sprintf("goc_method m[%d];", len(methods)))
	}
	shape := d.shape(shapeName, fields...)
	d.decls = append(d.decls, fmt.Sprintf("static const %s %s;", shape, name))

	var b strings.Builder
	fmt.Fprintf(&b, "static const %s %s = {\n    &%s,\n", shape, name, d.modName("module"))
	if ks == "goc_type" {
		fmt.Fprintf(&b, "    {%s},\n", typ.String())
	} else {
		fmt.Fprintf(&b, "    {.Type = {%s},\n", typ.String())
		fmt.Fprintf(&b, "     %s},\n", strings.Join(kp, ",\n     "))
	}
	if uncommon {
		pkg := 0
		if p := typePkg(t); p != "" {
			pkg = d.nameOff(p, false, "")
		}
		nx := 0
		for _, m := range methods {
			if m.m.Exported() {
				nx++
			}
		}
		moff := "0"
		if len(methods) > 0 {
			moff = fmt.Sprintf("offsetof(%s, m) - offsetof(%s, u)", shape, shape)
		}
		fmt.Fprintf(&b, "    {.PkgPath = %d, .Mcount = %d, .Xcount = %d, .Moff = %s},\n", pkg, len(methods), nx, moff)
	}
	if len(params) > 0 {
		fmt.Fprintf(&b, "    {%s},\n", strings.Join(params, ", "))
	}
	if len(methods) > 0 {
		b.WriteString("    {\n")
		for _, m := range methods {
			pkg := ""
			if !m.m.Exported() && pkgPathOf(m.m.Pkg()) != typePkg(t) {
				pkg = pkgPathOf(m.m.Pkg())
			}
			tfn := "-1"
			if d.t.usesReflect() {
				w := d.t.tfnWrapper(t, m.sel)
				tfn = fmt.Sprint(d.textOff(w))
				d.textMeth = append(d.textMeth, TextMethod{Fn: w, Desc: name, Name: m.m.Name(), Exported: m.m.Exported(), Mtyp: d.ref(m.mtyp)})
			}
			ifn := d.t.ifnWrapper(t, m.sel)
			d.textMeth = append(d.textMeth, TextMethod{Fn: ifn, Desc: name, Name: m.m.Name(), Exported: m.m.Exported(), Mtyp: d.ref(m.mtyp)})
			fmt.Fprintf(&b, "        {%d, %d, %d, %s}, /* %s */\n", d.nameOff(m.m.Name(), m.m.Exported(), pkg),
				d.typeOff(m.mtyp), d.textOff(ifn), tfn, m.m.Name())
		}
		b.WriteString("    },\n")
	}
	b.WriteString("};")
	d.descs = append(d.descs, &descText{t, b.String()})
	if !named && ks != "goc_type" && ks != "goc_interfacetype" {
		d.typelinks = append(d.typelinks, d.refs[r.tkey(t)])
	}
}

// mapPart renders abi.MapType's fields after Type.
func (d *descReg) mapPart(m *types.Map) []string {
	kt, et := d.t.reg.ctype(m.Key()), d.t.reg.ctype(m.Elem())
	h, _ := d.hashEq(m.Key())
	flags := []string{fmt.Sprintf("GOC_MAPTYPE_INDIRECT(%s, %s)", kt, et)}
	refl, upd, mp, _ := d.typeProps(m.Key())
	if refl {
		flags = append(flags, "GOC_MAPF_REFLEXIVEKEY")
	}
	if upd {
		flags = append(flags, "GOC_MAPF_NEEDKEYUPDATE")
	}
	if mp {
		flags = append(flags, "GOC_MAPF_HASHMIGHTPANIC")
	}
	return []string{
		".Key = " + d.ref(m.Key()) + ", .Elem = " + d.ref(m.Elem()),
		".Bucket = " + d.bucket(m),
		".Hasher = " + d.closureOf(h, true),
		fmt.Sprintf("GOC_MAPTYPE_SIZES(%s, %s)", kt, et),
		".Flags = " + strings.Join(flags, " | "),
	}
}

// bucket writes the descriptor of map m's buckets (gc's "map.bucket[K]V":
// tophash [8]uint8, keys [8]K, elems [8]V, overflow pointer) and returns a
// const goc_type * to it. It has no fields; only its size and pointer
// bitmap matter, as for the buckets reflect.MapOf makes.
func (d *descReg) bucket(m *types.Map) string {
	n := "goc_bucket__" + d.t.reg.mangle(m)
	if d.shapes[n] {
		return "&" + n + ".d"
	}
	d.shapes[n] = true
	slot := func(t types.Type) (size int64, ptrs func(off int64, mask []byte)) {
		if s := d.sizes.Sizeof(t); s <= 128 {
			return s, func(off int64, mask []byte) { d.ptrMask(t, off, mask) }
		}
		return 8, func(off int64, mask []byte) { mask[off/64] |= 1 << (off / 8 % 8) }
	}
	ks, kptrs := slot(m.Key())
	es, eptrs := slot(m.Elem())
	size := 8 + 8*ks + 8*es + 8
	pointers := hasPointers(m.Key()) || hasPointers(m.Elem()) || ks != d.sizes.Sizeof(m.Key()) || es != d.sizes.Sizeof(m.Elem())
	gcdata, ptrBytes := "NULL", int64(0)
	if pointers {
		mask := make([]byte, (size/8+7)/8)
		for i := int64(0); i < 8; i++ {
			kptrs(8+i*ks, mask)
			eptrs(8+8*ks+i*es, mask)
		}
		ovf := size - 8
		mask[ovf/64] |= 1 << (ovf / 8 % 8)
		gcdata, ptrBytes = "(const uint8_t *)"+cBytes(mask), size
	}
	str := "map.bucket[" + typeString(m.Key()) + "]" + typeString(m.Elem())
	shape := d.shape("goc_tdesc_basic", "goc_type d;")
	d.decls = append(d.decls, fmt.Sprintf("static const %s %s;", shape, n))
	d.defs = append(d.defs, fmt.Sprintf("static const %s %s = {&%s, {.Size_ = %d, .PtrBytes = %d, .Align_ = 8, .FieldAlign_ = 8, .Kind_ = GOC_STRUCT, .GCData = %s, .Str = %d}};",
		shape, n, d.modName("module"), size, ptrBytes, gcdata, d.nameOff(str, false, "")))
	return "&" + n + ".d"
}

// structPart renders abi.StructType's fields after Type, writing the field array.
func (d *descReg) structPart(t types.Type, u *types.Struct) []string {
	if u.NumFields() == 0 {
		return []string{".PkgPath = {NULL}, .Fields = {NULL, 0, 0}"}
	}
	ct := d.t.reg.ctype(t)
	spkg := ""
	for i := 0; i < u.NumFields(); i++ {
		if f := u.Field(i); !f.Exported() && f.Pkg() != nil {
			spkg = f.Pkg().Path()
			break
		}
	}
	fn := "goc_fields__" + d.t.reg.mangle(t)
	var fb strings.Builder
	fmt.Fprintf(&fb, "static const goc_structfield %s[] = {\n", fn)
	for i := 0; i < u.NumFields(); i++ {
		f := u.Field(i)
		fmt.Fprintf(&fb, "    {%s, %s, offsetof(%s, %s)},\n", nameLit(f.Name(), u.Tag(i), f.Exported(), f.Embedded()),
			d.ref(f.Type()), ct, fieldName(u, i))
	}
	fb.WriteString("};")
	d.decls = append(d.decls, fmt.Sprintf("static const goc_structfield %s[%d];", fn, u.NumFields()))
	d.defs = append(d.defs, fb.String())
	pkg := "{NULL}"
	if spkg != "" {
		pkg = nameLit(spkg, "", false, false)
	}
	return []string{".PkgPath = " + pkg, fmt.Sprintf(".Fields = {(void *)%s, %d, %d}", fn, u.NumFields(), u.NumFields())}
}

// interfacePart renders abi.InterfaceType's fields after Type, writing the Imethod array.
func (d *descReg) interfacePart(t types.Type, it *types.Interface) []string {
	tpkg := ""
	if n, ok := t.(*types.Named); ok && n.Obj().Pkg() != nil {
		tpkg = n.Obj().Pkg().Path()
	}
	pkg := "{NULL}"
	if tpkg != "" {
		pkg = nameLit(tpkg, "", false, false)
	}
	if it.NumMethods() == 0 {
		return []string{".PkgPath = " + pkg, ".Methods = {NULL, 0, 0}"}
	}
	tn := "goc_imethods__" + d.t.reg.mangle(t)
	var mb strings.Builder
	fmt.Fprintf(&mb, "static const goc_imethod %s[] = {\n", tn)
	for _, m := range sortedMethods(it) {
		mp := ""
		if !m.Exported() && pkgPathOf(m.Pkg()) != tpkg {
			mp = pkgPathOf(m.Pkg())
		}
		fmt.Fprintf(&mb, "    {%d, %d}, /* %s */\n", d.nameOff(m.Name(), m.Exported(), mp), d.typeOffFrom(tn, noRecv(m.Type())), m.Name())
	}
	mb.WriteString("};")
	d.decls = append(d.decls, fmt.Sprintf("static const goc_imethod %s[%d];", tn, it.NumMethods()))
	d.defs = append(d.defs, mb.String())
	return []string{".PkgPath = " + pkg, fmt.Sprintf(".Methods = {(void *)%s, %d, %d}", tn, it.NumMethods(), it.NumMethods())}
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

// finish renders the descriptors (with PtrToThis now that every descriptor
// is known) and the module, after everything else is translated.
func (d *descReg) finish() {
	if d.finished {
		return
	}
	d.finished = true
	r := d.t.reg
	for _, x := range d.descs {
		ptr := "0"
		if _, ok := d.names[r.tkey(types.NewPointer(x.typ))]; ok {
			ptr = fmt.Sprint(d.typeOffFrom(d.names[r.tkey(x.typ)], types.NewPointer(x.typ)))
		}
		d.defs = append(d.defs, strings.Replace(x.text, ptrToThisMark, ptr, 1))
	}
	mod, offs, text, tl := d.modName("module"), d.modName("moduleoffs"), d.modName("moduletext"), d.modName("moduletypelinks")
	var b strings.Builder
	fmt.Fprintf(&b, "static const void *const %s[%d] = {\n", offs, len(d.offs))
	for _, o := range d.offs {
		fmt.Fprintf(&b, "    %s,\n", o)
	}
	b.WriteString("};")
	d.moddefs = append(d.moddefs, b.String())
	// the code table on its own: a build leaves out the entries of methods
	// the program cannot call (PruneUnits)
	b.Reset()
	fmt.Fprintf(&b, "static const goc_textptr %s[%d] = {\n", text, len(d.text))
	for _, x := range d.text {
		fmt.Fprintf(&b, "    %s,\n", x)
	}
	b.WriteString("};")
	d.moddefs = append(d.moddefs, b.String())
	sort.Strings(d.typelinks)
	b.Reset()
	fmt.Fprintf(&b, "static const goc_type *const %s[%d] = {\n", tl, len(d.typelinks)+1)
	for _, x := range d.typelinks {
		fmt.Fprintf(&b, "    %s,\n", x)
	}
	b.WriteString("    NULL,\n};")
	d.moddefs = append(d.moddefs, b.String())
	// the module and its constructor are one chunk: a build that leaves out
	// the module leaves out its registration (PruneUnits)
	d.moddefs = append(d.moddefs, fmt.Sprintf("static const goc_module %s = {.offs = %s, .text = %s, .typelinks = %s, .noffs = %d, .ntext = %d, .ntypelinks = %d};",
		mod, offs, text, tl, len(d.offs), len(d.text), len(d.typelinks))+"\n"+
		fmt.Sprintf("__attribute__((constructor)) static void goc_addmodule__%s(void) { goc_addmodule(&%s); }", strings.TrimPrefix(mod, "goc_module__"), mod))
	d.decls = append([]string{fmt.Sprintf("static const goc_module %s;", mod)}, d.decls...)
	d.decls = append(d.decls, fmt.Sprintf("static const void *const %s[%d];", offs, len(d.offs)),
		fmt.Sprintf("static const goc_textptr %s[%d];", text, len(d.text)),
		fmt.Sprintf("static const goc_type *const %s[%d];", tl, len(d.typelinks)+1))
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
	d.decls = append(d.decls, fmt.Sprintf("static const goc_itab %s;", n))
	d.defs = append(d.defs, fmt.Sprintf("static const goc_itab %s = {(const goc_interfacetype *)%s, %s, 0x%08x, {%s}};",
		n, d.ref(iface), d.ref(t), typeHash(t), strings.Join(funs, ", ")))
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
