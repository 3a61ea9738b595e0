// Package reflectlite is goc's replacement for internal/reflectlite, the
// reflection subset that errors (Is, As), sort (Slice, SliceStable,
// SliceIsSorted) and context use: types and values as far as asking a type
// its kind, element, comparability, assignability and whether it implements
// an interface, and storing a value through a pointer. A Type is a pointer
// to goc's type descriptor (include/goc/types.h, reflect's kind numbering)
// read by small C bodies; the decisions are made in Go.
package reflectlite

import "unsafe"

// A Kind is the kind of a type, numbered as reflect's.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name of Pointer.
const Ptr = Pointer

var kindNames = [...]string{
	"invalid", "bool", "int", "int8", "int16", "int32", "int64",
	"uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
	"float32", "float64", "complex64", "complex128",
	"array", "chan", "func", "interface", "map", "ptr", "slice", "string", "struct",
	"unsafe.Pointer",
}

// String returns the kind's name as reflect prints it ("ptr" for Pointer).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return kindNames[0]
}

// Type is the representation of a Go type. In gc's reflectlite it is an
// interface that *rtype implements; here it is *rtype itself, so that a
// package that only keeps a Type (errors' errorType) does not drag every
// method into the C (nil stands for no type, as the nil interface does).
type Type = *rtype

// rtype stands for a goc_type descriptor; a *rtype is the descriptor's address.
type rtype struct{ _ byte }

// Kind returns the specific kind of this type.
func (t *rtype) Kind() Kind       { return Kind(descKind(t)) }
// String returns the type as Go prints it.
func (t *rtype) String() string { return descString(t) }

// Size returns the number of bytes a value of the type needs.
func (t *rtype) Size() uintptr { return descSize(t) }

// Comparable reports whether values of this type are comparable.
func (t *rtype) Comparable() bool { return descComparable(t) }

// Elem returns the element type of an array, chan, map, pointer or slice type.
func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		return descElem(t)
	}
	panic("reflect: Elem of invalid type " + t.String())
}

// Implements reports whether the type implements the interface type u.
func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return implements(u, t)
}

// AssignableTo reports whether a value of the type is assignable to type u.
func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return directlyAssignable(u, t) || (u.Kind() == Interface && implements(u, t))
}

// TypeOf returns the dynamic type of i, nil if i is nil.
func TypeOf(i any) Type {
	return efaceType(i)
}

// directlyAssignable reports whether a value of type v can be assigned to a
// variable of type t without conversion to an interface: the types are
// identical, or they have identical underlying types and one is unnamed.
func directlyAssignable(t, v *rtype) bool {
	if t == v || descIdentical(t, v) {
		return true
	}
	if descNamed(t) && descNamed(v) || t.Kind() != v.Kind() {
		return false
	}
	return identicalUnderlying(t, v)
}

// Value is the reflection interface to a Go value: its type and either the
// interface data word of the value (as ValueOf's argument held it) or, for
// an addressable value (an element reached through a pointer), its address.
type Value struct {
	typ  *rtype
	ptr  unsafe.Pointer
	addr bool
}

// ValueError is the panic value of a Value method called on a Value of the wrong kind.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

// ValueOf returns a Value holding the value in i; the zero Value for nil.
func ValueOf(i any) Value {
	t := efaceType(i)
	if t == nil {
		return Value{}
	}
	return Value{typ: t, ptr: efaceData(i)}
}

// IsValid reports whether v holds a value (it is not the zero Value).
func (v Value) IsValid() bool { return v.typ != nil }

// Kind returns v's kind, Invalid for the zero Value.
func (v Value) Kind() Kind {
	if v.typ == nil {
		return Invalid
	}
	return v.typ.Kind()
}

// Type returns v's type.
func (v Value) Type() Type {
	if v.typ == nil {
		panic(&ValueError{"reflectlite.Value.Type", Invalid})
	}
	return v.typ
}

// word returns the pointer-shaped value of a chan, func, map, pointer or unsafe.Pointer.
func (v Value) word() unsafe.Pointer {
	if v.addr {
		return loadPointer(v.ptr)
	}
	return v.ptr
}

// IsNil reports whether v, a chan, func, interface, map, pointer, slice or
// unsafe.Pointer, is nil.
func (v Value) IsNil() bool {
	switch k := v.Kind(); k {
	case Chan, Func, Map, Pointer, UnsafePointer:
		return v.word() == nil
	case Interface, Slice:
		// the first word of an interface (its type or itab) or slice (its array)
		return loadPointer(v.ptr) == nil
	default:
		panic(&ValueError{"reflectlite.Value.IsNil", k})
	}
}

// Elem returns the value v's pointer points to or v's interface holds; the
// zero Value when that is nil.
func (v Value) Elem() Value {
	switch k := v.Kind(); k {
	case Pointer:
		p := v.word()
		if p == nil {
			return Value{}
		}
		return Value{typ: descElem(v.typ), ptr: p, addr: true}
	case Interface:
		t := ifaceType(v.typ, v.ptr)
		if t == nil {
			return Value{}
		}
		return Value{typ: t, ptr: loadPointer(unsafe.Add(v.ptr, unsafe.Sizeof(uintptr(0))))}
	default:
		panic(&ValueError{"reflectlite.Value.Elem", k})
	}
}

// Len returns the length of v, an array, chan, map, slice or string.
func (v Value) Len() int {
	switch k := v.Kind(); k {
	case Array:
		return int(descLen(v.typ))
	case Chan:
		return chanLen(v.word())
	case Map:
		return mapLen(v.word())
	case Slice, String:
		// the length is the second word of both headers
		return *(*int)(unsafe.Add(v.ptr, unsafe.Sizeof(uintptr(0))))
	default:
		panic(&ValueError{"reflect.Value.Len", k})
	}
}

// Set assigns x to v, which must be addressable; x's type must be assignable to v's.
func (v Value) Set(x Value) {
	if !v.addr {
		panic("reflect: reflectlite.Value.Set using unaddressable value")
	}
	if x.typ == nil {
		panic(&ValueError{"reflectlite.Set", Invalid})
	}
	if !x.typ.AssignableTo(v.typ) {
		panic("reflectlite.Set: value of type " + x.typ.String() + " is not assignable to type " + v.typ.String())
	}
	store(v.typ, v.ptr, x.typ, x.ptr, x.addr)
}

// Swapper returns a function that swaps the elements i and j of slice, as
// reflect.Swapper does; it panics if slice is not a slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	n := v.Len()
	if n < 2 {
		return func(i, j int) {
			if i != 0 || j != 0 {
				panic("reflect: slice index out of range")
			}
		}
	}
	p, size := loadPointer(v.ptr), descSize(descElem(v.typ))
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		swapElems(p, size, uintptr(i), uintptr(j))
	}
}

// ---- the descriptors and values, read in C

//goc:cbody return (internal_reflectlite__rtype *)x.type;
func efaceType(x any) *rtype

//goc:cbody return x.data;
func efaceData(x any) unsafe.Pointer

//goc:cbody return *(void **)p;
func loadPointer(p unsafe.Pointer) unsafe.Pointer

//goc:cbody return goc_typekind((const goc_type *)t);
func descKind(t *rtype) uint8

//goc:cbody return goc_typestring((const goc_type *)t);
func descString(t *rtype) string

//goc:cbody return ((const goc_type *)t)->Size_;
func descSize(t *rtype) uintptr

//goc:cbody const goc_type *a = (const goc_type *)t; return goc_typekind(a) == GOC_ARRAY ? ((const goc_arraytype *)a)->Len : 0;
func descLen(t *rtype) uintptr

//goc:cbody return ((const goc_type *)t)->Equal != NULL;
func descComparable(t *rtype) bool

//goc:cbody return (internal_reflectlite__rtype *)goc_typeelem((const goc_type *)t);
func descElem(t *rtype) *rtype

//goc:cbody return (((const goc_type *)t)->TFlag & GOC_TFLAG_NAMED) != 0;
func descNamed(t *rtype) bool

//goc:cbody return goc_typeidentical((const goc_type *)t, (const goc_type *)u);
func descIdentical(t, u *rtype) bool

//goc:cbody return goc_chanlen(c);
func chanLen(c unsafe.Pointer) int

//goc:cbody return goc_maplen(m);
func mapLen(m unsafe.Pointer) int

// ifaceType returns the dynamic type of the interface of type t stored at p (nil if nil).
//
//goc:cbody const goc_interfacetype *it = (const goc_interfacetype *)t;
//goc:cbody if (it->Methods.len == 0) return (internal_reflectlite__rtype *)((goc_eface *)p)->type;
//goc:cbody const goc_itab *tab = ((goc_iface *)p)->tab;
//goc:cbody return tab ? (internal_reflectlite__rtype *)tab->Type : NULL;
func ifaceType(t *rtype, p unsafe.Pointer) *rtype

// implements reports whether type v has every method of interface type t:
// by its method table (goc_getitab) for a concrete v, by name and signature
// for an interface v (both method lists are in the same order).
//
//goc:cbody const goc_interfacetype *it = (const goc_interfacetype *)t, *vt = (const goc_interfacetype *)v;
//goc:cbody if (it->Methods.len == 0) return true;
//goc:cbody if (goc_typekind(&vt->Type) != GOC_INTERFACE) return goc_getitab(&it->Type, &vt->Type, true) != NULL;
//goc:cbody const goc_imethod *im = it->Methods.ptr, *vm = vt->Methods.ptr;
//goc:cbody goc_int j = 0;
//goc:cbody for (goc_int i = 0; i < it->Methods.len; i++) {
//goc:cbody     goc_string in = goc_namestring(goc_resolvenameoff(it, im[i].Name));
//goc:cbody     const goc_type *ityp = goc_resolvetypeoff(it, im[i].Typ);
//goc:cbody     while (j < vt->Methods.len) {
//goc:cbody         goc_string vn = goc_namestring(goc_resolvenameoff(vt, vm[j].Name));
//goc:cbody         if (goc_strequal(&vn, &in) && goc_typeidentical(goc_resolvetypeoff(vt, vm[j].Typ), ityp)) break;
//goc:cbody         j++;
//goc:cbody     }
//goc:cbody     if (j == vt->Methods.len) return false;
//goc:cbody }
//goc:cbody return true;
func implements(t, v *rtype) bool

// identicalUnderlying reports whether t and v, of the same kind, have
// identical underlying types, as far as the descriptors tell: element, key,
// length and direction, struct fields; func and interface types by their
// text (right when both are unnamed).
//
//goc:cbody const goc_type *a = (const goc_type *)t, *b = (const goc_type *)v;
//goc:cbody switch (goc_typekind(a)) {
//goc:cbody case GOC_ARRAY: if (((const goc_arraytype *)a)->Len != ((const goc_arraytype *)b)->Len) return false; return goc_typeidentical(goc_typeelem(a), goc_typeelem(b));
//goc:cbody case GOC_CHAN: if (((const goc_chantype *)a)->Dir != ((const goc_chantype *)b)->Dir) return false; return goc_typeidentical(goc_typeelem(a), goc_typeelem(b));
//goc:cbody case GOC_POINTER: case GOC_SLICE: return goc_typeidentical(goc_typeelem(a), goc_typeelem(b));
//goc:cbody case GOC_MAP: return goc_typeidentical(((const goc_maptype *)a)->Key, ((const goc_maptype *)b)->Key) && goc_typeidentical(goc_typeelem(a), goc_typeelem(b));
//goc:cbody case GOC_STRUCT: {
//goc:cbody     const goc_structtype *sa = (const goc_structtype *)a, *sb = (const goc_structtype *)b;
//goc:cbody     if (sa->Fields.len != sb->Fields.len) return false;
//goc:cbody     for (goc_int i = 0; i < sa->Fields.len; i++) {
//goc:cbody         const goc_structfield *f = &((const goc_structfield *)sa->Fields.ptr)[i], *g = &((const goc_structfield *)sb->Fields.ptr)[i];
//goc:cbody         goc_string fn = goc_namestring(f->Name), gn = goc_namestring(g->Name);
//goc:cbody         if (!goc_strequal(&fn, &gn) || (f->Name.Bytes[0] & GOC_NAME_EMBEDDED) != (g->Name.Bytes[0] & GOC_NAME_EMBEDDED) || !goc_typeidentical(f->Typ, g->Typ)) return false;
//goc:cbody     }
//goc:cbody     return true;
//goc:cbody }
//goc:cbody case GOC_FUNC: case GOC_INTERFACE: { goc_string sa = goc_typestring(a), sb = goc_typestring(b); return goc_strequal(&sa, &sb); }
//goc:cbody default: return true;
//goc:cbody }
func identicalUnderlying(t, v *rtype) bool

// store assigns the value of type st (its interface data word w, or its
// address when addr) to the variable of type dt at dst, making an
// interface value when dt is an interface type.
//
//goc:cbody const goc_type *d = (const goc_type *)dt, *s = (const goc_type *)st;
//goc:cbody bool direct = goc_isdirectiface(s);
//goc:cbody if (goc_typekind(d) == GOC_INTERFACE) {
//goc:cbody     void *word = w;
//goc:cbody     if (addr) {
//goc:cbody         if (direct) word = *(void **)w;
//goc:cbody         else { word = goc_alloc(s->Size_, s->PtrBytes != 0); memmove(word, w, s->Size_); }
//goc:cbody     }
//goc:cbody     if (((const goc_interfacetype *)d)->Methods.len == 0) *(goc_eface *)dst = (goc_eface){s, word};
//goc:cbody     else *(goc_iface *)dst = (goc_iface){goc_getitab(d, s, false), word};
//goc:cbody     return;
//goc:cbody }
//goc:cbody if (direct && !addr) *(void **)dst = w;
//goc:cbody else memmove(dst, w, s->Size_);
func store(dt *rtype, dst unsafe.Pointer, st *rtype, w unsafe.Pointer, addr bool)

// swapElems swaps elements i and j of size bytes at p, a word at a time when
// the size allows it so that no pointer is ever only partly in place.
//
//goc:cbody uint8_t *a = (uint8_t *)p + i * size, *b = (uint8_t *)p + j * size;
//goc:cbody if (size % sizeof(uintptr_t) == 0 && ((uintptr_t)p % sizeof(uintptr_t)) == 0) {
//goc:cbody     for (uintptr_t k = 0; k < size; k += sizeof(uintptr_t)) { uintptr_t t = *(uintptr_t *)(a + k); *(uintptr_t *)(a + k) = *(uintptr_t *)(b + k); *(uintptr_t *)(b + k) = t; }
//goc:cbody     return;
//goc:cbody }
//goc:cbody for (uintptr_t k = 0; k < size; k++) { uint8_t t = a[k]; a[k] = b[k]; b[k] = t; }
func swapElems(p unsafe.Pointer, size, i, j uintptr)
