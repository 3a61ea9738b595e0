// This file splits a translated program into C units that can be compiled
// separately and cached: one unit per package translated from source (its
// non-generic functions the program reaches, closures and defer thunks of
// those functions, its package variables and P__init) and a main unit with
// package main and the program's glue (instances of generic functions, type
// descriptors and their method tables, itabs, generated hash/equal
// functions, interface and func-value wrappers, main__init and main()).
//
// Each unit is self-contained: the prelude, then exactly the declarations
// its code refers to (struct types, prototypes, extern objects), found as the
// transitive closure of the identifiers it uses, sorted by name, then its
// definitions (a package unit's in source order). Every C name is made from
// Go names and types, never from the order of translation, so a package's
// unit text, and the object file cached for it, stays the same as long as
// the program reaches the same functions of that package.
//
// Every definition lives in exactly one unit. The lowering writes each one as
// a file-scope line starting "static " (a function, an object with an
// initializer, or a variable); in a unit that word is dropped, so the symbol
// is visible to the other units, and the line gives the declaration the other
// units use (a prototype, or an extern declaration). Type descriptors are
// thus defined once, in the main unit: their addresses are the types'
// identities (interface assertions compare them).
package lower

import (
	"fmt"
	"sort"
	"strings"
)

// Output is a translated program (goc emit: one C file).
type Output struct {
	t *Translator
}

// Single returns the program as one C translation unit (goc emit).
func (o *Output) Single() string { return o.t.single() }

// cdef is a symbol defined by a file-scope "static ..." line.
type cdef struct {
	name string
	decl string // its declaration for other units
}

// parseDef recognizes a file-scope definition line "static ..." and returns
// the symbol it defines (def == false for a prototype).
func parseDef(line string) (d cdef, def, ok bool) {
	rest, ok := strings.CutPrefix(line, "static ")
	if !ok || strings.HasPrefix(rest, "inline ") {
		return cdef{}, false, false
	}
	if a, ok := strings.CutPrefix(rest, "GOC_GOTEXT("); ok {
		// a translated function's section (include/goc/sched.h): not part
		// of its declaration, which the prototypes give without it
		if _, r, ok := strings.Cut(a, ") "); ok {
			rest = r
		}
	}
	paren, eq := strings.IndexByte(rest, '('), strings.IndexByte(rest, '=')
	if paren >= 0 && (eq < 0 || paren < eq) {
		// a function: "T name(params) {" or a prototype "T name(params);"
		depth, end := 0, -1
		for i := paren; i < len(rest) && end < 0; i++ {
			switch rest[i] {
			case '(':
				depth++
			case ')':
				depth--
				if depth == 0 {
					end = i
				}
			}
		}
		if end < 0 {
			return cdef{}, false, false
		}
		name := lastIdent(rest[:paren])
		tail := strings.TrimSpace(rest[end+1:])
		return cdef{name, rest[:end+1] + ";"}, tail != ";", name != ""
	}
	decl := strings.TrimSuffix(strings.TrimSpace(rest), ";")
	if eq >= 0 {
		decl = strings.TrimSpace(rest[:eq])
	}
	nameEnd := decl
	if i := strings.IndexByte(nameEnd, '['); i >= 0 {
		nameEnd = nameEnd[:i]
	}
	name := lastIdent(nameEnd)
	return cdef{name, "extern " + decl + ";"}, true, name != ""
}

// lastIdent is the C identifier s ends with.
func lastIdent(s string) string {
	s = strings.TrimRight(s, " ")
	i := len(s)
	for i > 0 && isIdentByte(s[i-1]) {
		i--
	}
	return s[i:]
}

// isIdentByte: Go identifiers may be Unicode letters, which C identifiers
// (gcc, clang) accept as UTF-8.
func isIdentByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// unexport drops "static " from the file-scope definition lines of text and
// reports the symbols defined there in defs and own.
func unexport(text string, defs map[string]cdef, own map[string]bool) string {
	if !strings.Contains(text, "static ") {
		return text
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if d, def, ok := parseDef(l); ok {
			if def {
				lines[i] = strings.TrimPrefix(l, "static ")
				defs[d.name] = d
				own[d.name] = true
			}
		}
	}
	return strings.Join(lines, "\n")
}

// idents calls f for each identifier of C text outside comments and literals.
func idents(s string, f func(string)) {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '/' && i+1 < len(s) && s[i+1] == '*':
			j := strings.Index(s[i+2:], "*/")
			if j < 0 {
				return
			}
			i += j + 4
		case c == '/' && i+1 < len(s) && s[i+1] == '/':
			j := strings.IndexByte(s[i:], '\n')
			if j < 0 {
				return
			}
			i += j
		case c == '"' || c == '\'':
			i++
			for i < len(s) && s[i] != c && s[i] != '\n' {
				if s[i] == '\\' {
					i++
				}
				i++
			}
			i++
		case c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80:
			j := i + 1
			for j < len(s) && isIdentByte(s[j]) {
				j++
			}
			f(s[i:j])
			i = j
		case c >= '0' && c <= '9':
			j := i + 1
			for j < len(s) && isIdentByte(s[j]) {
				j++
			}
			i = j
		default:
			i++
		}
	}
}

// unitParts collects the definitions of one unit.
type unitParts struct {
	name   string
	chunks []chunk         // definitions (package units: sorted by key)
	own    map[string]bool // the symbols they define
	spans  [][2]int        // set by unitSource: where each chunk's text is in the unit
}

// unitSource renders one unit: prelude, the declarations its definitions
// need, the definitions.
func (t *Translator) unitSource(name string, u *unitParts, defs map[string]cdef, protoed map[string]bool) string {
	chunks := u.chunks
	structs := map[string]bool{}
	decls := map[string]bool{}
	var work []string
	use := func(id string) {
		if _, ok := t.reg.structs[id]; ok && !structs[id] {
			structs[id] = true
			work = append(work, id)
		} else if _, ok := defs[id]; ok && !decls[id] {
			decls[id] = true
			work = append(work, id)
		}
	}
	for _, c := range chunks {
		idents(c.text, use)
	}
	for len(work) > 0 {
		id := work[len(work)-1]
		work = work[:len(work)-1]
		if cs := t.reg.structs[id]; cs != nil && structs[id] {
			for _, f := range cs.fields {
				idents(f, use)
			}
		}
		if d, ok := defs[id]; ok && decls[id] {
			idents(d.decl, use)
		}
	}
	var b strings.Builder
	what := "package main and the program's glue"
	if name != "main" {
		what = "package " + name
	}
	fmt.Fprintf(&b, "/* Generated by goc: C unit of %s. Do not edit. */\n#include <goc.h>\n\n", what)
	b.WriteString(prelude)
	b.WriteString(prelude2)
	b.WriteString(prelude3)
	b.WriteString("\n/* ---- types ---- */\n")
	snames := sortedKeys(structs)
	for _, n := range snames {
		fmt.Fprintf(&b, "typedef struct %s %s;\n", n, n)
	}
	b.WriteString("\n")
	done := map[string]bool{}
	var visit func(n string)
	visit = func(n string) {
		cs := t.reg.structs[n]
		if cs == nil || done[n] {
			return
		}
		done[n] = true
		for _, d := range cs.deps {
			visit(d)
		}
		cs.write(&b)
	}
	for _, n := range snames {
		visit(n)
	}
	var objs, funcs []string
	for _, n := range sortedKeys(decls) {
		if d := defs[n].decl; strings.HasPrefix(d, "extern ") {
			objs = append(objs, d)
		} else if !u.own[n] || protoed[n] {
			funcs = append(funcs, d)
		}
	}
	b.WriteString("\n/* ---- declarations: objects ---- */\n")
	for _, d := range objs {
		b.WriteString(d + "\n")
	}
	b.WriteString("\n/* ---- declarations: functions ---- */\n")
	for _, d := range funcs {
		b.WriteString(d + "\n")
	}
	b.WriteString("\n/* ---- definitions ---- */\n\n")
	u.spans = u.spans[:0]
	for _, c := range chunks {
		start := b.Len()
		b.WriteString(c.text)
		if !strings.HasSuffix(c.text, "\n") {
			b.WriteString("\n")
		}
		u.spans = append(u.spans, [2]int{start, b.Len()})
	}
	return b.String()
}

func sortedKeys(m map[string]bool) []string {
	var s []string
	for k := range m {
		s = append(s, k)
	}
	sort.Strings(s)
	return s
}
