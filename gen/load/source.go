package load

import (
	"embed"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/tools/go/packages"
)

// Every package of the program is parsed and type-checked from source: the files the go command selects (golist.go),
// or, for the few standard packages whose real source leans on assembly,
// compiler intrinsics or runtime internals, a small pure-Go replacement kept
// in override/<path> (which replaces the whole package) or patch/<path>
// (which replaces or adds single files).

//go:embed override
var overrideFS embed.FS

// patch/<path>/<file>.go replaces the GOROOT file of that name in package
// path (or is added to it): for a few files that declare assembly functions.
//
//go:embed patch
var patchFS embed.FS

var (
	gorootOnce sync.Once
	goroot     string
)

// GOROOT is the Go installation whose go command loads packages and whose
// source goc translates: $GOC_GOROOT when set, else a Go 1.23 installation
// when present (the version whose behaviour goc mirrors), else `go env
// GOROOT`.
func GOROOT() string {
	gorootOnce.Do(func() {
		if r := os.Getenv("GOC_GOROOT"); r != "" {
			goroot = r
			return
		}
		for _, r := range []string{"/usr/lib/go-1.23", "/usr/local/go1.23", "/usr/local/go"} {
			if b, err := os.ReadFile(filepath.Join(r, "VERSION")); err == nil && strings.HasPrefix(string(b), "go1.23") {
				goroot = r
				return
			}
		}
		if out, err := exec.Command("go", "env", "GOROOT").Output(); err == nil {
			goroot = strings.TrimSpace(string(out))
		}
	})
	return goroot
}

func hasOverride(path string) bool {
	_, err := fs.Stat(overrideFS, "override/"+path)
	return err == nil
}

// embedded reads the Go files of directory dir of an embedded tree.
func embedded(fsys embed.FS, dir string) (names []string, srcs [][]byte, err error) {
	ents, _ := fs.ReadDir(fsys, dir)
	for _, e := range ents {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		b, err := fsys.ReadFile(dir + "/" + e.Name())
		if err != nil {
			return nil, nil, err
		}
		names = append(names, "$GOC/gen/load/"+dir+"/"+e.Name())
		srcs = append(srcs, b)
	}
	return names, srcs, nil
}

// sourceFiles returns the names and contents of the Go files of package p
// (whose import path is path): goc's replacement when there is one, else
// the files the go command selected with the patches of patch/ applied, in
// gc's order (by file name: it decides the order of independent variables).
func sourceFiles(p *packages.Package, std bool) (names []string, srcs [][]byte, err error) {
	if std && hasOverride(p.PkgPath) {
		return embedded(overrideFS, "override/"+p.PkgPath)
	}
	patched := map[string]bool{}
	if std {
		names, srcs, err = embedded(patchFS, "patch/"+p.PkgPath)
		if err != nil {
			return nil, nil, err
		}
		for _, n := range names {
			patched[filepath.Base(n)] = true
		}
	}
	for _, f := range p.GoFiles {
		if patched[filepath.Base(f)] {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, nil, err
		}
		names = append(names, f)
		srcs = append(srcs, b)
	}
	idx := make([]int, len(names))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool { return filepath.Base(names[idx[i]]) < filepath.Base(names[idx[j]]) })
	var sn []string
	var ss [][]byte
	for _, i := range idx {
		sn, ss = append(sn, names[i]), append(ss, srcs[i])
	}
	return sn, ss, nil
}

// loader parses and type-checks the packages of one program.
type loader struct {
	l     *lister
	fset  *token.FileSet
	info  *types.Info
	pkgs  map[string]*Package // by path (the main package: "main")
	order []*Package          // packages from source, each after its imports
	errs  []Error             // Go errors of the user's packages
	unsup []Error             // what goc cannot translate
	// problems of dependencies, reported where the user's code imports them
	problems []problem
	// skipBodies: Config.SkipBodies
	skipBodies func(p *Package) bool
}

type problem struct {
	pkg *Package
	msg string
}

// pkgState is the loader's bookkeeping of a package.
type pkgState struct {
	ld      *loader
	meta    *packages.Package
	loading bool
	failed  bool // not type-checked, or with errors: packages importing it are not checked
	// sites are the package's import declarations with the packages they name
	sites []site
	// cgo lists the files gc would compile only with cgo; cgoReported says
	// the package was reported as needing them
	cgo         []string
	cgoReported bool
	// trimmed: GOROOT files some of whose functions a patch file replaces
	trimmed map[string]bool
}

type site struct {
	pos token.Pos
	to  *Package
}

func state(p *Package) *pkgState { return p.st }

func newLoader(l *lister) *loader {
	return &loader{l: l, fset: token.NewFileSet(), pkgs: map[string]*Package{},
		info: &types.Info{
			Types:        map[ast.Expr]types.TypeAndValue{},
			Defs:         map[*ast.Ident]types.Object{},
			Uses:         map[*ast.Ident]types.Object{},
			Implicits:    map[ast.Node]types.Object{},
			Selections:   map[*ast.SelectorExpr]*types.Selection{},
			Scopes:       map[ast.Node]*types.Scope{},
			Instances:    map[*ast.Ident]types.Instance{},
			FileVersions: map[*ast.File]string{},
		}}
}

// program loads the main package root and everything it imports.
func (ld *loader) program(root *packages.Package, args []string) (*Program, error) {
	main := ld.load(root, "main", nil)
	ld.reportProblems()
	if len(ld.errs) > 0 || len(ld.unsup) > 0 {
		ld.importPositions()
		ld.unsup = ld.atImports(ld.unsup) // imports.go
		if len(ld.errs) > 0 {
			list := append(ld.errs, ld.unsup...)
			sortErrors(list)
			return nil, &Errors{List: dedupe(list)}
		}
		sortErrors(ld.unsup)
		return nil, &Unsupported{List: dedupe(ld.unsup)}
	}
	if main.Types.Name() != "main" {
		return nil, &Errors{List: []Error{{ld.fset.Position(main.Files[0].Name.Pos()),
			fmt.Sprintf("unsupported: package %s (goc builds package main only)", main.Types.Name())}}}
	}
	if _, ok := main.Types.Scope().Lookup("main").(*types.Func); !ok {
		// the go command's linker reports this; goc at the package clause
		return nil, &Errors{List: []Error{{ld.fset.Position(main.Files[0].Name.Pos()), "function main is undeclared in the main package"}}}
	}
	prog := &Program{Fset: ld.fset, Files: main.Files, Pkg: main.Types, Info: ld.info, Dir: main.Dir,
		Name: exeName(root, args), Pkgs: initOrder(ld.order)}
	prog.Inputs = prog.inputs(ld)
	prog.Listing = ld.l.encode()
	for _, p := range ld.pkgs {
		if m := state(p).meta; m != nil && p.User {
			prog.UserFiles = append(prog.UserFiles, m.GoFiles...)
			prog.UserFiles = append(prog.UserFiles, m.IgnoredFiles...)
		}
	}
	sort.Strings(prog.UserFiles)
	ld.importPositions()
	return prog, nil
}

func dedupe(list []Error) []Error {
	var out []Error
	for i, e := range list {
		if i > 0 && e == list[i-1] {
			continue
		}
		out = append(out, e)
	}
	return out
}

// exeName is the executable's default name, as go build chooses it: the
// first file's name without .go, else the last element of the import path
// (the one before a major-version suffix /vN).
func exeName(root *packages.Package, args []string) string {
	if IsFiles(args) {
		return strings.TrimSuffix(filepath.Base(args[0]), ".go")
	}
	path := root.PkgPath
	if path == "command-line-arguments" && len(root.GoFiles) > 0 {
		return filepath.Base(filepath.Dir(root.GoFiles[0]))
	}
	elems := strings.Split(path, "/")
	last := elems[len(elems)-1]
	if len(elems) > 1 && len(last) > 1 && last[0] == 'v' {
		if _, err := strconv.Atoi(last[1:]); err == nil {
			last = elems[len(elems)-2]
		}
	}
	return last
}

// load parses and type-checks package meta (under the name path), its
// imports first, unless it is loaded already.
func (ld *loader) load(meta *packages.Package, path string, from *Package) *Package {
	std := ld.l.isStd(meta)
	if p := ld.pkgs[path]; p != nil {
		if st := state(p); st.loading {
			ld.problems = append(ld.problems, problem{p, fmt.Sprintf("import cycle through package %q", meta.PkgPath)})
			st.failed = true
		}
		return p
	}
	p := &Package{Path: path, Std: std, GoVersion: goVersion(meta), Asm: asmFiles(meta)}
	if len(meta.GoFiles) > 0 {
		p.Dir = filepath.Dir(meta.GoFiles[0])
	}
	if meta.Module != nil {
		p.User = meta.Module.Main
		p.Module = meta.Module.Path
		if meta.Module.Version != "" {
			p.Module += "@" + meta.Module.Version
		}
	} else if !std {
		p.User = true // files named on the command line
	}
	if from == nil {
		p.User, p.Std = true, false // the package the command line names
	}
	st := &pkgState{ld: ld, meta: meta, loading: true}
	p.st = st
	ld.pkgs[path] = p
	defer func() { st.loading = false }()

	// the go command's errors: missing modules, build constraints excluding every file, ...
	st.cgo = ld.l.cgoFiles(meta)
	for _, e := range meta.Errors {
		if e.Kind == packages.TypeError {
			continue
		}
		st.failed = true
		msg := e.Msg
		if e.Pos == "" {
			// some of the go command's messages carry their position
			if m := posPrefix.FindStringSubmatch(msg); m != nil {
				e.Pos, msg = m[1], m[2]
			}
		}
		if pos, ok := parsePos(e.Pos, ld.l.dir); ok {
			ld.errs = append(ld.errs, Error{pos, msg})
		} else if len(st.cgo) > 0 {
			ld.cgoFailure(p) // what the files without cgo lack
		} else if p.User {
			ld.errs = append(ld.errs, Error{Msg: e.Msg})
		} else {
			ld.problems = append(ld.problems, problem{p, fmt.Sprintf("package %q: %s", meta.PkgPath, e.Msg)})
		}
	}
	if st.failed && len(meta.GoFiles) == 0 {
		p.Types = types.NewPackage(path, meta.Name)
		return p
	}

	names, srcs, err := sourceFiles(meta, std)
	if err != nil {
		ld.problems = append(ld.problems, problem{p, fmt.Sprintf("package %q: %v", meta.PkgPath, err)})
		st.failed = true
		p.Types = types.NewPackage(path, meta.Name)
		return p
	}
	for i, n := range names {
		f, err := parser.ParseFile(ld.fset, n, srcs[i], parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			if list, ok := err.(scanner.ErrorList); ok {
				for _, e := range list {
					ld.errs = append(ld.errs, Error{e.Pos, e.Msg})
				}
			} else {
				ld.errs = append(ld.errs, Error{Msg: err.Error()})
			}
			st.failed = true
			continue
		}
		p.Files = append(p.Files, f)
		p.FileNames = append(p.FileNames, n)
		p.Srcs = append(p.Srcs, srcs[i])
	}
	if st.failed {
		p.Types = types.NewPackage(path, meta.Name)
		return p
	}
	st.trimmed = dropPatchedDecls(p.Files, p.FileNames)

	// imports first
	depFailed := false
	for _, f := range p.Files {
		for _, im := range f.Imports {
			ip, _ := strconv.Unquote(im.Path.Value)
			if ip == "unsafe" || ip == "C" {
				continue
			}
			dep := ld.resolve(p, ip)
			if dep == nil {
				ld.errs = append(ld.errs, Error{ld.fset.Position(im.Path.Pos()), fmt.Sprintf("could not import %s (the go command does not describe it)", ip)})
				depFailed = true
				continue
			}
			st.sites = append(st.sites, site{im.Path.Pos(), dep})
			if state(dep).failed {
				depFailed = true
			}
		}
	}
	if depFailed {
		st.failed = true
		p.Types = types.NewPackage(path, meta.Name)
		return p
	}
	ld.check(p)
	if !st.failed {
		var errs []Error
		p.Embeds, errs = resolveEmbeds(ld.fset, p.Files, ld.info, p.Dir) // embed.go
		if len(errs) > 0 {
			st.failed = true
			if p.User {
				ld.errs = append(ld.errs, errs...)
			} else {
				ld.unsup = append(ld.unsup, Error{errs[0].Pos, fmt.Sprintf("unsupported: %s (in package %q)", errs[0].Msg, st.meta.PkgPath)})
			}
		}
	}
	ld.order = append(ld.order, p)
	return p
}

// resolve returns the package that import path ip of package p names.
func (ld *loader) resolve(p *Package, ip string) *Package {
	st := state(p)
	var target *packages.Package
	if st.meta != nil {
		target = st.meta.Imports[ip]
	}
	if target == nil && p.Std {
		// an import of goc's replacement files
		target = ld.l.std(ip)
	}
	if target == nil {
		return nil
	}
	return ld.load(target, target.PkgPath, p)
}

// check type-checks package p, its imports being loaded.
func (ld *loader) check(p *Package) {
	st := state(p)
	// the maps are shared with the other packages' Info; InitOrder is per package
	info := &types.Info{Types: ld.info.Types, Defs: ld.info.Defs, Uses: ld.info.Uses,
		Implicits: ld.info.Implicits, Selections: ld.info.Selections, Scopes: ld.info.Scopes,
		Instances: ld.info.Instances, FileVersions: ld.info.FileVersions}
	reported := false
	conf := types.Config{
		GoVersion: p.GoVersion,
		Importer:  ld.importer(p),
		Sizes:     types.SizesFor("gc", "amd64"),
		Error: func(err error) {
			e := toError(err)
			if te, ok := err.(types.Error); ok && te.Soft && (st.trimmed[e.Pos.Filename] || p.BodiesUnchecked) &&
				strings.Contains(e.Msg, " imported ") && strings.HasSuffix(e.Msg, " not used") {
				return // the import served only declarations a patch replaced, or bodies left out
			}
			st.failed = true
			if p.User && len(st.cgo) == 0 {
				// a member of a supported package that goc does not declare yet
				if m := undefinedStd.FindStringSubmatch(e.Msg); m != nil && hasOverride(m[1]) {
					e.Msg = "unsupported: " + m[1] + "." + m[2]
				} else if msg, ok := ld.unsupportedMember(e.Msg); ok { // stdmethods.go
					e.Msg = msg
				}
				ld.errs = append(ld.errs, e)
				return
			}
			if len(st.cgo) > 0 {
				ld.cgoFailure(p) // what the files without cgo lack
				return
			}
			if reported {
				return
			}
			reported = true
			// the source leans on something goc's replacements do not declare
			ld.unsup = append(ld.unsup, Error{e.Pos, fmt.Sprintf("unsupported: %s (in package %q)", e.Msg, st.meta.PkgPath)})
		},
	}
	if ld.skipBodies != nil && ld.skipBodies(p) {
		// the bodies of non-generic functions are left out of the check
		p.BodiesUnchecked = true
		defer restoreBodies(stripBodies(p.Files))
	}
	p.Types, _ = conf.Check(p.Path, ld.fset, p.Files, info)
	p.InitOrder = info.InitOrder
	for _, s := range st.sites {
		p.Imports = append(p.Imports, s.to.Types)
	}
}

// importer gives package p's type-check the packages p imports (loaded
// first by load).
func (ld *loader) importer(p *Package) types.Importer {
	return importerFunc(func(ip string) (*types.Package, error) {
		if ip == "unsafe" {
			return types.Unsafe, nil
		}
		if dep := ld.resolve(p, ip); dep != nil && dep.Types != nil {
			return dep.Types, nil
		}
		return nil, fmt.Errorf("could not import %s", ip)
	})
}

// stripped is what stripBodies took out of a package's syntax.
type stripped struct {
	bodies map[*ast.FuncDecl]*ast.BlockStmt
	elts   map[*ast.CompositeLit][]ast.Expr
}

// stripBodies takes out of files, for a check that needs only the
// package's declarations: the bodies of functions and methods that are not
// generic (but init functions', which must have one), and the elements of
// the composite literals of package variables' initializers whose type
// does not depend on them (unicode's tables). restoreBodies puts them back.
func stripBodies(files []*ast.File) stripped {
	s := stripped{map[*ast.FuncDecl]*ast.BlockStmt{}, map[*ast.CompositeLit][]ast.Expr{}}
	for _, f := range files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Body == nil || d.Type.TypeParams != nil || d.Recv == nil && d.Name.Name == "init" || genericRecv(d) {
					continue
				}
				s.bodies[d] = d.Body
				d.Body = nil
			case *ast.GenDecl:
				if d.Tok != token.VAR {
					continue
				}
				for _, sp := range d.Specs {
					for _, v := range sp.(*ast.ValueSpec).Values {
						ast.Inspect(v, func(n ast.Node) bool {
							cl, ok := n.(*ast.CompositeLit)
							if !ok || cl.Type == nil || len(cl.Elts) == 0 {
								return true
							}
							if at, ok := cl.Type.(*ast.ArrayType); ok && at.Len != nil {
								if _, ok := at.Len.(*ast.Ellipsis); ok {
									return true // [...]T: the length is the elements'
								}
							}
							s.elts[cl] = cl.Elts
							cl.Elts = nil
							return false
						})
					}
				}
			}
		}
	}
	return s
}

func restoreBodies(s stripped) {
	for fd, b := range s.bodies {
		fd.Body = b
	}
	for cl, e := range s.elts {
		cl.Elts = e
	}
}

// genericRecv reports whether fd is a method of a generic type.
func genericRecv(fd *ast.FuncDecl) bool {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return false
	}
	t := fd.Recv.List[0].Type
	for {
		if x, ok := t.(*ast.StarExpr); ok {
			t = x.X
		} else if x, ok := t.(*ast.ParenExpr); ok {
			t = x.X
		} else {
			break
		}
	}
	switch t.(type) {
	case *ast.IndexExpr, *ast.IndexListExpr:
		return true
	}
	return false
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// cgoFailure reports, once, that package p does not build without cgo: at
// its import "C" lines when it is the user's, else where the user's code
// imports it.
func (ld *loader) cgoFailure(p *Package) {
	st := state(p)
	if st.cgoReported {
		return
	}
	st.cgoReported = true
	if !p.User {
		ld.problems = append(ld.problems, problem{p, cgoMsg(st.meta.PkgPath, st.cgo)})
		return
	}
	for _, f := range st.cgo {
		if pos, ok := ld.importC(f); ok {
			ld.unsup = append(ld.unsup, Error{pos, `unsupported: cgo (import "C")`})
		}
	}
}

// importC returns the position of the import "C" declaration of file name.
func (ld *loader) importC(name string) (token.Position, bool) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, nil, parser.ImportsOnly)
	if err != nil {
		return token.Position{}, false
	}
	for _, im := range f.Imports {
		if im.Path.Value == `"C"` {
			return fset.Position(im.Path.Pos()), true
		}
	}
	return token.Position{}, false
}

// importsC reports whether Go file name imports "C".
func importsC(name string) bool {
	f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.ImportsOnly)
	if err != nil {
		return false
	}
	for _, im := range f.Imports {
		if im.Path.Value == `"C"` {
			return true
		}
	}
	return false
}

func cgoMsg(path string, files []string) string {
	var base []string
	for _, f := range files {
		base = append(base, filepath.Base(f))
	}
	return fmt.Sprintf("package %q uses cgo (import \"C\" in %s), which goc does not translate", path, strings.Join(base, ", "))
}

// posPrefix matches a message that starts with its position.
var posPrefix = regexp.MustCompile(`^(\S+:\d+:\d+): (.*)$`)

// parsePos parses the go command's "file:line:col" (relative to dir).
func parsePos(s, dir string) (token.Position, bool) {
	if s == "" {
		return token.Position{}, false
	}
	parts := strings.Split(s, ":")
	if len(parts) < 2 {
		return token.Position{}, false
	}
	var pos token.Position
	n := len(parts)
	col, err1 := strconv.Atoi(parts[n-1])
	line, err2 := strconv.Atoi(parts[n-2])
	switch {
	case err1 == nil && err2 == nil && n >= 3:
		pos = token.Position{Filename: strings.Join(parts[:n-2], ":"), Line: line, Column: col}
	case err1 == nil:
		pos = token.Position{Filename: strings.Join(parts[:n-1], ":"), Line: col, Column: 1}
	default:
		return token.Position{}, false
	}
	if !filepath.IsAbs(pos.Filename) {
		pos.Filename = filepath.Join(dir, pos.Filename)
	}
	return pos, true
}

// importPositions sets every package's ImportPos: the first import
// declaration in the user's packages that leads to it.
func (ld *loader) importPositions() {
	type item struct {
		p   *Package
		pos token.Position
	}
	var queue []item
	seen := map[*Package]bool{}
	var users []*Package
	for _, p := range ld.pkgs {
		if p.User {
			users = append(users, p)
			seen[p] = true
		}
	}
	sort.Slice(users, func(i, j int) bool { return users[i].Path < users[j].Path })
	for _, u := range users {
		for _, s := range state(u).sites {
			if !seen[s.to] {
				seen[s.to] = true
				queue = append(queue, item{s.to, ld.fset.Position(s.pos)})
			}
		}
	}
	for len(queue) > 0 {
		it := queue[0]
		queue = queue[1:]
		it.p.ImportPos = it.pos
		for _, s := range state(it.p).sites {
			if !seen[s.to] {
				seen[s.to] = true
				queue = append(queue, item{s.to, it.pos})
			}
		}
	}
}

// reportProblems reports the dependencies' problems where the user's code
// imports them.
func (ld *loader) reportProblems() {
	if len(ld.problems) == 0 {
		return
	}
	ld.importPositions()
	for _, pr := range ld.problems {
		ld.unsup = append(ld.unsup, Error{pr.pkg.ImportPos, "unsupported: " + pr.msg})
	}
}

// initOrder orders the packages as the language initializes them: given the
// packages sorted by import path, repeatedly the first one whose imports
// are all initialized.
func initOrder(pkgs []*Package) []*Package {
	byTypes := map[*types.Package]*Package{}
	for _, p := range pkgs {
		byTypes[p.Types] = p
	}
	// deps: the source packages each one imports
	deps := map[*Package][]*Package{}
	for _, p := range pkgs {
		seen := map[*types.Package]bool{}
		var walk func(ts []*types.Package)
		walk = func(ts []*types.Package) {
			for _, t := range ts {
				if seen[t] {
					continue
				}
				seen[t] = true
				if q := byTypes[t]; q != nil {
					deps[p] = append(deps[p], q)
				} else {
					walk(t.Imports())
				}
			}
		}
		walk(p.Imports)
	}
	sorted := append([]*Package(nil), pkgs...)
	sort.SliceStable(sorted, func(i, j int) bool {
		// the main package comes last in any case (everything is its dependency)
		return sortPath(sorted[i]) < sortPath(sorted[j])
	})
	done := map[*Package]bool{}
	var order []*Package
	for len(order) < len(sorted) {
		progress := false
		for _, p := range sorted {
			if done[p] {
				continue
			}
			ready := true
			for _, d := range deps[p] {
				if !done[d] {
					ready = false
					break
				}
			}
			if ready {
				done[p] = true
				order = append(order, p)
				progress = true
				break
			}
		}
		if !progress {
			panic("import cycle among loaded packages")
		}
	}
	return order
}

func sortPath(p *Package) string {
	if p.Path == "main" {
		return "\xff"
	}
	return p.Path
}

// dropPatchedDecls removes from GOROOT files the declarations of functions
// and methods that a patch file of the package declares again: body-less
// ones (implemented in assembly or linked to the runtime) given a body or a
// //goc:cbody, and, where GOROOT's body leans on gc's ABI or assembly (the
// patch file's first line says so), ones with a body too.
// It returns the names of the files it took declarations from.
func dropPatchedDecls(files []*ast.File, names []string) map[string]bool {
	trimmed := map[string]bool{}
	patched := map[string]bool{}
	for i, f := range files {
		if strings.HasPrefix(names[i], "$GOC/gen/load/patch/") {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok {
					patched[funcKey(fd)] = true
				}
			}
		}
	}
	if len(patched) == 0 {
		return trimmed
	}
	for i, f := range files {
		if strings.HasPrefix(names[i], "$GOC/") {
			continue
		}
		kept := f.Decls[:0]
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && patched[funcKey(fd)] {
				trimmed[names[i]] = true
				continue
			}
			kept = append(kept, d)
		}
		f.Decls = kept
	}
	return trimmed
}

// funcKey names a function declaration: "F", or "T.M" for a method of T or *T.
func funcKey(fd *ast.FuncDecl) string {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return fd.Name.Name
	}
	t := fd.Recv.List[0].Type
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
			continue
		case *ast.IndexExpr:
			t = x.X
			continue
		case *ast.IndexListExpr:
			t = x.X
			continue
		case *ast.ParenExpr:
			t = x.X
			continue
		}
		break
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name + "." + fd.Name.Name
	}
	return fd.Name.Name
}
