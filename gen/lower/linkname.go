// This file connects Go functions declared without a body to the C runtime
// that implements them, as gc's linker connects them to Go's runtime through
// //go:linkname.
//
// GOROOT's packages declare many functions whose body the runtime provides:
// sync.runtime_Semacquire (pushed by the runtime), time.runtimeNano (pulled:
// "//go:linkname runtimeNano runtime.nanotime"), reflect.unsafe_New, ... The
// rule:
//
//   - a body-less function's link name is the C name of the target of a
//     "//go:linkname local importpath.name" directive in its package naming
//     it, else its own C name (pkgC(path) + "__" + namePiece(name));
//   - when runtime/libgocrt.a defines a symbol of that name, calls go to it:
//     the function's C name is the link name and every unit using it gets a
//     prototype written from the Go signature with goc's usual C types
//     (results: void, the one result's type, or a tuple struct {r0; r1; ...});
//   - a Go function of the program can implement it instead: one with a
//     body whose own directive pushes it to that link name (sync's
//     "//go:linkname syscall_hasWaitingReaders syscall.hasWaitingReaders"),
//     or the Go function a directive pulls ("//go:linkname
//     RecvfromInet4 syscall.recvfromInet4"); calls then go to it, and that
//     wins over the C runtime;
//   - otherwise the function stays unsupported ("function F without body
//     (assembly)").
//
// The library's symbols are read once from the archive's ELF symbol tables
// (SetRuntimeLibrary); with no library set, no body-less function is
// provided.
package lower

import (
	"bytes"
	"debug/elf"
	"fmt"
	"go/ast"
	"go/types"
	"io"
	"os"
	"strconv"
	"strings"

	"goc/load"
	"sync"
)

var (
	rtMu   sync.Mutex
	rtPath string
	rtSyms map[string]bool
)

// SetRuntimeLibrary names the runtime library (libgocrt.a) whose defined
// symbols implement body-less Go functions.
func SetRuntimeLibrary(path string) error {
	rtMu.Lock()
	defer rtMu.Unlock()
	if path == rtPath && rtSyms != nil {
		return nil
	}
	syms, err := ArchiveSymbols(path)
	if err != nil {
		return err
	}
	rtPath, rtSyms = path, syms
	return nil
}

func runtimeProvides(name string) bool {
	rtMu.Lock()
	defer rtMu.Unlock()
	return rtSyms[name]
}

// ArchiveSymbols returns the global symbols defined by the ELF objects of
// the ar archive at path.
func ArchiveSymbols(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(data, []byte("!<arch>\n")) {
		return nil, fmt.Errorf("%s: not an ar archive", path)
	}
	syms := map[string]bool{}
	for off := 8; off+60 <= len(data); {
		hdr := data[off : off+60]
		size, err := strconv.Atoi(strings.TrimSpace(string(hdr[48:58])))
		if err != nil || off+60+size > len(data) {
			return nil, fmt.Errorf("%s: malformed archive member at offset %d", path, off)
		}
		member := data[off+60 : off+60+size]
		off += 60 + size + size%2
		if !bytes.HasPrefix(member, []byte(elf.ELFMAG)) {
			continue // the symbol index, the long-name table
		}
		f, err := elf.NewFile(io.NewSectionReader(bytes.NewReader(member), 0, int64(len(member))))
		if err != nil {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		list, err := f.Symbols()
		if err != nil && err != elf.ErrNoSymbols {
			return nil, fmt.Errorf("%s: %v", path, err)
		}
		for _, s := range list {
			b := elf.ST_BIND(s.Info)
			if s.Section != elf.SHN_UNDEF && (b == elf.STB_GLOBAL || b == elf.STB_WEAK) {
				syms[s.Name] = true
			}
		}
	}
	return syms, nil
}

// collectLinknames records the "//go:linkname local target" directives of
// every package translated from source: local is a name declared at package
// level in that package. A function with a body named by such a directive
// pushes itself to target (sync's syscall_hasWaitingReaders is
// syscall.hasWaitingReaders); a body-less one pulls target.
func (t *Translator) collectLinknames() {
	t.linknames = map[types.Object]string{}
	t.linkTargets = map[types.Object]string{}
	t.pushes = map[string]*types.Func{}
	for _, p := range t.prog.Pkgs {
		bodies := map[string]bool{}
		for _, f := range p.Files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Body != nil {
					bodies[fd.Name.Name] = true
				}
			}
		}
		for _, f := range p.Files {
			for _, cg := range f.Comments {
				for _, c := range cg.List {
					fields := strings.Fields(strings.TrimPrefix(c.Text, "//go:linkname "))
					if !strings.HasPrefix(c.Text, "//go:linkname ") || len(fields) != 2 {
						continue
					}
					if obj := p.Types.Scope().Lookup(fields[0]); obj != nil {
						t.linknames[obj] = linkCName(fields[1])
						t.linkTargets[obj] = fields[1]
						if fn, ok := obj.(*types.Func); ok && bodies[fields[0]] {
							t.pushes[linkCName(fields[1])] = fn
						}
					}
				}
			}
		}
	}
}

// goLink returns the Go function (with a body, in a package of the program)
// that implements the body-less function obj whose C name is cname: the
// function pushed to obj's link name, or the Go function obj's directive
// pulls ("//go:linkname recvfromInet4 syscall.recvfromInet4"). gc's linker
// joins them by symbol name; goc calls the implementation directly.
func (t *Translator) goLink(obj *types.Func, cname string) *types.Func {
	name := cname
	if ln, ok := t.linknames[obj]; ok {
		name = ln
	}
	if fn := t.pushes[name]; fn != nil && fn != obj {
		return fn
	}
	target, ok := t.linkTargets[obj]
	if !ok {
		return nil
	}
	slash := strings.LastIndexByte(target, '/')
	dot := strings.IndexByte(target[slash+1:], '.')
	if dot < 0 {
		return nil
	}
	path, fname := target[:slash+1+dot], target[slash+1+dot+1:]
	for _, p := range t.prog.Pkgs {
		if p.Path != path {
			continue
		}
		if fn, ok := p.Types.Scope().Lookup(fname).(*types.Func); ok && fn != obj {
			if fd := t.decls[fn]; fd != nil && fd.Body != nil {
				return fn
			}
		}
	}
	return nil
}

// LinkPartners maps each package of prog to the other packages whose Go
// functions implement its body-less ones through //go:linkname: those that
// push a function to one of its names (sync to syscall.hasWaitingReaders)
// and those its own directives pull from (time/tzdata from time). A
// package's unit depends on its partners' shapes although it need not
// import them (part of the build-cache key).
func LinkPartners(prog *load.Program) map[*load.Package][]*load.Package {
	byPath := map[string]*load.Package{}
	for _, p := range prog.Pkgs {
		byPath[p.Path] = p
	}
	out := map[*load.Package][]*load.Package{}
	add := func(p, partner *load.Package) {
		if p == nil || partner == nil || p == partner {
			return
		}
		for _, q := range out[p] {
			if q == partner {
				return
			}
		}
		out[p] = append(out[p], partner)
	}
	for _, p := range prog.Pkgs {
		bodies := map[string]bool{}
		for _, f := range p.Files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
					bodies[fd.Name.Name] = fd.Body != nil
				}
			}
		}
		for _, f := range p.Files {
			for _, cg := range f.Comments {
				for _, c := range cg.List {
					fields := strings.Fields(strings.TrimPrefix(c.Text, "//go:linkname "))
					if !strings.HasPrefix(c.Text, "//go:linkname ") || len(fields) != 2 {
						continue
					}
					slash := strings.LastIndexByte(fields[1], '/')
					dot := strings.IndexByte(fields[1][slash+1:], '.')
					if dot < 0 {
						continue
					}
					other := byPath[fields[1][:slash+1+dot]]
					if hasBody, ok := bodies[fields[0]]; ok && hasBody {
						add(other, p) // p pushes into other
					} else if ok {
						add(p, other) // p pulls from other
					}
				}
			}
		}
	}
	return out
}

// linkCName is the C name of a linkname target "importpath.name" (or
// "importpath.Type.method").
func linkCName(target string) string {
	slash := strings.LastIndexByte(target, '/')
	dot := strings.IndexByte(target[slash+1:], '.')
	if dot < 0 {
		return namePiece(target)
	}
	path, name := target[:slash+1+dot], target[slash+1+dot+1:]
	c := pkgC(types.NewPackage(path, "")) + "__"
	if typ, meth, ok := strings.Cut(name, "."); ok {
		return c + namePiece(typ) + "__" + namePiece(meth)
	}
	return c + namePiece(name)
}

// runtimeLink reports the C runtime function implementing the body-less
// function obj declared by fd, if the runtime library defines it.
func (t *Translator) runtimeLink(obj *types.Func, fd *ast.FuncDecl, cname string) (string, bool) {
	if fd == nil || fd.Body != nil || hasCBody(fd) {
		return "", false
	}
	if obj.Pkg() == t.prog.Pkg && !t.mainLinked(obj) {
		return "", false // main's other body-less functions are reported in run
	}
	name := cname
	if ln, ok := t.linknames[obj]; ok {
		name = ln
	}
	return name, runtimeProvides(name)
}

// mainLinked reports whether obj, a body-less function, pulls with
// //go:linkname a function the C runtime defines ("//go:linkname nanotime
// runtime.nanotime"): allowed in the main package too, as gc links it.
func (t *Translator) mainLinked(obj *types.Func) bool {
	ln, ok := t.linknames[obj]
	return ok && runtimeProvides(ln)
}

// lowerRuntimeLink declares the C runtime function fi is implemented by.
func (t *Translator) lowerRuntimeLink(fi *funcInst) {
	sig := fi.obj.Type().(*types.Signature)
	var params []string
	if r := sig.Recv(); r != nil {
		params = append(params, t.reg.ctype(r.Type()))
	}
	for i := 0; i < sig.Params().Len(); i++ {
		params = append(params, t.reg.ctype(sig.Params().At(i).Type()))
	}
	if len(params) == 0 {
		params = []string{"void"}
	}
	proto := fmt.Sprintf("%s %s(%s);", t.resultType(sig), fi.cname, strings.Join(params, ", "))
	if _, ok := t.externs[fi.cname]; !ok {
		t.externs[fi.cname] = proto
		t.externOrder = append(t.externOrder, fi.cname)
		// its name in tracebacks: the linkname target's, else its own (funcnames.go)
		goname := fi.goname
		if target, ok := t.linkTargets[fi.obj]; ok {
			goname = target
		}
		flags := 0
		if hasArgs(sig) {
			flags = funcArgs
		}
		t.funcs = append(t.funcs, t.newChunk(funcTab(fi.cname, goname, flags)))
	}
}

// hasCBody reports whether fd gives its C body in //goc:cbody lines.
func hasCBody(fd *ast.FuncDecl) bool {
	if fd.Doc == nil {
		return false
	}
	for _, c := range fd.Doc.List {
		if strings.HasPrefix(c.Text, "//goc:cbody ") {
			return true
		}
	}
	return false
}
