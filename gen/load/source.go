package load

import (
	"embed"
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/types"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// Packages other than the C-backed stubs are loaded from source: the
// directory GOROOT/src/<path> of a Go installation of the oracle's version,
// filtered by build constraints for linux/amd64 without cgo, or, for the few
// packages whose real source leans on assembly, compiler intrinsics or
// runtime internals, a small pure-Go replacement kept in override/<path>
// (which replaces the whole package).

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

// GOROOT is the Go installation whose source goc translates: $GOC_GOROOT when
// set, else a Go 1.23 installation when present (the version whose behaviour
// goc mirrors), else `go env GOROOT`.
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

// hasSource reports whether path can be loaded from source.
func hasSource(path string) bool {
	if hasOverride(path) {
		return true
	}
	if path == "main" || strings.HasPrefix(path, ".") || GOROOT() == "" {
		return false
	}
	st, err := os.Stat(filepath.Join(GOROOT(), "src", path))
	return err == nil && st.IsDir()
}

// buildContext selects the files gc would compile for linux/amd64 without
// cgo and without assembly where GOROOT offers a portable choice: the build
// tags purego (crypto's pure-Go block functions, crypto/subtle's XOR) and
// math_big_pure_go (math/big's arithmetic in Go).
func buildContext() *build.Context {
	c := build.Default
	c.GOROOT = GOROOT()
	c.GOOS, c.GOARCH = "linux", "amd64"
	c.CgoEnabled = false
	c.Compiler = "gc"
	c.BuildTags = []string{"purego", "math_big_pure_go"}
	c.ReleaseTags = nil
	for v := 1; v <= 23; v++ {
		c.ReleaseTags = append(c.ReleaseTags, fmt.Sprintf("go1.%d", v))
	}
	return &c
}

// sourceFiles returns the names and contents of the Go files of package path.
func sourceFiles(path string) (names []string, srcs [][]byte, err error) {
	if hasOverride(path) {
		ents, err := fs.ReadDir(overrideFS, "override/"+path)
		if err != nil {
			return nil, nil, err
		}
		for _, e := range ents {
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
				continue
			}
			b, err := overrideFS.ReadFile("override/" + path + "/" + e.Name())
			if err != nil {
				return nil, nil, err
			}
			names = append(names, "$GOC/gen/load/override/"+path+"/"+e.Name())
			srcs = append(srcs, b)
		}
		return names, srcs, nil
	}
	dir := filepath.Join(GOROOT(), "src", path)
	bp, err := buildContext().ImportDir(dir, 0)
	if err != nil {
		return nil, nil, err
	}
	patched := map[string]bool{}
	ents, _ := fs.ReadDir(patchFS, "patch/"+path)
	for _, e := range ents {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		b, err := patchFS.ReadFile("patch/" + path + "/" + e.Name())
		if err != nil {
			return nil, nil, err
		}
		patched[e.Name()] = true
		names = append(names, "$GOC/gen/load/patch/"+path+"/"+e.Name())
		srcs = append(srcs, b)
	}
	files := append([]string(nil), bp.GoFiles...)
	sort.Strings(files)
	for _, n := range files {
		if patched[n] {
			continue
		}
		full := filepath.Join(dir, n)
		b, err := os.ReadFile(full)
		if err != nil {
			return nil, nil, err
		}
		names = append(names, full)
		srcs = append(srcs, b)
	}
	// gc's order: by file name (it decides the order of independent variables)
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

// importSource parses and type-checks package path from source (its imports
// first, through im), records it for translation and returns it.
func (im *stdImporter) importSource(path string) (*types.Package, error) {
	if p, ok := im.src[path]; ok {
		if p == nil {
			return nil, fmt.Errorf("import cycle through package %q", path)
		}
		return p.Types, nil
	}
	if !hasSource(path) {
		return nil, fmt.Errorf("unsupported: package %q", path)
	}
	im.src[path] = nil // loading
	names, srcs, err := sourceFiles(path)
	if err != nil {
		return nil, fmt.Errorf("unsupported: package %q: %v", path, err)
	}
	var files []*ast.File
	for i, n := range names {
		f, err := parser.ParseFile(im.fset, n, srcs[i], parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return nil, fmt.Errorf("package %q: %v", path, err)
		}
		files = append(files, f)
	}
	dropPatchedDecls(files, names)
	// the maps are shared with the main package's Info; InitOrder is per package
	info := &types.Info{Types: im.info.Types, Defs: im.info.Defs, Uses: im.info.Uses,
		Implicits: im.info.Implicits, Selections: im.info.Selections, Scopes: im.info.Scopes,
		Instances: im.info.Instances}
	failed := false
	conf := types.Config{
		GoVersion: "go1.23",
		Importer:  im,
		Sizes:     types.SizesFor("gc", "amd64"),
		// the source leans on something goc's stubs do not declare
		Error: func(err error) {
			e := toError(err)
			if !failed {
				im.errs = append(im.errs, Error{Pos: e.Pos, Msg: fmt.Sprintf("unsupported: %s (in package %q)", e.Msg, path), Pkg: path})
			}
			failed = true
		},
	}
	tp, _ := conf.Check(path, im.fset, files, info)
	p := &Package{Path: path, Files: files, Types: tp, InitOrder: info.InitOrder}
	im.src[path] = p
	im.order = append(im.order, p)
	return tp, nil
}

// dropPatchedDecls removes from GOROOT files the body-less declarations of
// functions (implemented in assembly or linked to the runtime) that a patch
// file of the package declares again, with a body or a //goc:cbody.
func dropPatchedDecls(files []*ast.File, names []string) {
	patched := map[string]bool{}
	for i, f := range files {
		if strings.HasPrefix(names[i], "$GOC/gen/load/patch/") {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
					patched[fd.Name.Name] = true
				}
			}
		}
	}
	if len(patched) == 0 {
		return
	}
	for i, f := range files {
		if strings.HasPrefix(names[i], "$GOC/") {
			continue
		}
		kept := f.Decls[:0]
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Body == nil && patched[fd.Name.Name] {
				continue
			}
			kept = append(kept, d)
		}
		f.Decls = kept
	}
}
