// This file keeps a build record: what a build of some arguments in some
// directory and environment loaded (every input file and directory, with
// its size and modification time, load.Program.Inputs) and the executable
// it linked. A build whose record still matches every input is a no-op: the
// go command is not run and nothing is parsed, type-checked or translated
// (the go command likewise decides that a build is up to date from the
// files it reads, without compiling). A file modified within
// recentWindow of the record's writing is also remembered by its content's
// hash, as the go command distrusts recent modification times: two edits in
// one tick of the file system's clock that keep the size would otherwise
// look alike. A directory is remembered by its listing (names), so a file
// that appears or disappears is seen.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"goc/load"
)

// recentWindow: a file modified this close to the record's writing is
// checked by content too.
const recentWindow = 2 * time.Second

// stamp is what a record remembers of one input.
type stamp struct {
	Path    string
	Missing bool   `json:",omitempty"`
	Dir     bool   `json:",omitempty"`
	Size    int64  `json:",omitempty"`
	Mtime   int64  `json:",omitempty"` // nanoseconds
	Hash    string `json:",omitempty"` // a directory's listing; a recent file's content
	All     bool   `json:",omitempty"` // a directory of embedded files: every name counts ...
	Skip    string `json:",omitempty"` // ... but the build's own output
	// Header is the hash of what the go command reads of a Go file of the
	// user's packages (headerHash)
	Header string `json:",omitempty"`
}

// buildRecord is the record of one build.
type buildRecord struct {
	Exe     string          // the linked executable, in the cache
	Name    string          // the program's default name (load.Program.Name)
	Inputs  []stamp         // sorted by path
	Listing json.RawMessage // the go command's answers (load.Program.Listing)
}

// recordKey names the record of a build: goc itself, the runtime library and
// the C compiler's setup (b.ckey), the arguments and build tags, the
// directory, and the environment that the go command and the C compiler read.
func (b *builder) recordKey(args, tags []string) string {
	h := sha256.New()
	wd, _ := os.Getwd()
	fmt.Fprintf(h, "goc record\x00%s\x00%s\x00%s\x00%q\x00%q\x00%s\x00", version, b.exeID(), b.ckey, args, tags, wd)
	if st, err := os.Stat(b.lib); err == nil {
		fmt.Fprintf(h, "%s\x00%d\x00%d\x00", b.lib, st.Size(), st.ModTime().UnixNano())
	}
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(k, "GO") || strings.HasPrefix(k, "CGO_") || k == "PATH" || k == "HOME" ||
			k == "CC" || k == "CFLAGS" || k == "XDG_CACHE_HOME" || k == "XDG_CONFIG_HOME" {
			if k == "GOCDEBUG" {
				continue
			}
			env = append(env, kv)
		}
	}
	sort.Strings(env)
	fmt.Fprintf(h, "%q", env)
	return hex.EncodeToString(h.Sum(nil))
}

func (b *builder) recordPath(key string) string {
	return filepath.Join(b.cache, "record", key[:2], key+".json")
}

// readRecord returns the record of this build, or nil.
func (b *builder) readRecord(key string) *buildRecord {
	data, err := os.ReadFile(b.recordPath(key))
	if err != nil {
		return nil
	}
	var r buildRecord
	if json.Unmarshal(data, &r) != nil || r.Exe == "" {
		return nil
	}
	used(b.recordPath(key))
	return &r
}

// check compares the record's inputs with the files as they are: the build
// is up to date when all are unchanged and the executable is still in the
// cache; unchanged lists the inputs that are; sameListing says the go
// command would answer as the record's listing does: the only changes are
// in Go files of the user's packages, none of them in what the go command
// reads of a file.
func (r *buildRecord) check() (upToDate bool, unchanged map[string]bool, sameListing bool) {
	unchanged = map[string]bool{}
	upToDate, sameListing = true, len(r.Listing) > 0
	for _, s := range r.Inputs {
		now := stampOf(s.Path, s.All, s.Skip, time.Time{})
		now.Header = s.Header
		if now != s {
			// modified recently when recorded: compare contents
			if s.Hash == "" || now.Missing || now.Dir || now.Size != s.Size || fileHash(s.Path) != s.Hash {
				upToDate = false
				if s.Header == "" || now.Missing || now.Dir || headerHash(s.Path) != s.Header {
					sameListing = false
				}
				continue
			}
		}
		unchanged[s.Path] = true
	}
	return upToDate && fileExists(r.Exe), unchanged, sameListing
}

// writeRecord records that prog's build linked exe; out is where the build
// writes it ("": nowhere), which may be in a directory of embedded files.
func (b *builder) writeRecord(key string, prog *load.Program, exe, out string) {
	now := time.Now()
	r := buildRecord{Exe: exe, Name: prog.Name, Listing: prog.Listing}
	user := map[string]bool{}
	for _, f := range prog.UserFiles {
		user[f] = true
	}
	all := map[string]bool{}
	for _, d := range prog.EmbedDirs {
		all[d] = true
	}
	if out != "" {
		out, _ = filepath.Abs(out)
	}
	for _, p := range prog.Inputs {
		skip := ""
		if all[p] && filepath.Dir(out) == p {
			skip = filepath.Base(out)
		}
		st := stampOf(p, all[p], skip, now)
		if user[p] && !st.Missing && !st.Dir {
			st.Header = headerHash(p)
		}
		r.Inputs = append(r.Inputs, st)
	}
	if data, err := json.Marshal(r); err == nil {
		writeFileAtomic(b.recordPath(key), data)
	}
}

// stampOf describes path now; given the record's time, a file modified
// within recentWindow of it is described by its content's hash too. A
// directory is described by the names in it that the go command reads
// (source files, module files, subdirectories), or, all set, by every
// name but skip.
func stampOf(path string, all bool, skip string, recorded time.Time) stamp {
	st, err := os.Stat(path)
	if err != nil {
		return stamp{Path: path, Missing: true, All: all, Skip: skip}
	}
	if st.IsDir() {
		ents, err := os.ReadDir(path)
		if err != nil {
			return stamp{Path: path, Missing: true, All: all, Skip: skip}
		}
		h := sha256.New()
		for _, e := range ents { // sorted by name
			n := e.Name()
			if all && n != skip || !all && (e.IsDir() || sourceName(n)) {
				fmt.Fprintf(h, "%s\x00", n)
			}
		}
		return stamp{Path: path, Dir: true, Hash: hex.EncodeToString(h.Sum(nil)[:16]), All: all, Skip: skip}
	}
	s := stamp{Path: path, Size: st.Size(), Mtime: st.ModTime().UnixNano()}
	if !recorded.IsZero() && recorded.Sub(st.ModTime()) < recentWindow {
		s.Hash = fileHash(path)
	}
	return s
}

// fileHash is the hash of a file's content.
func fileHash(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return "missing"
	}
	defer f.Close()
	h := sha256.New()
	io.Copy(h, f)
	return hex.EncodeToString(h.Sum(nil))
}

// sourceName reports whether a file of that name in a package directory
// may matter to the go command: Go and other source files it lists, module
// and workspace files.
func sourceName(n string) bool {
	switch n {
	case "go.mod", "go.sum", "go.work", "go.work.sum":
		return true
	}
	switch filepath.Ext(n) {
	case ".go", ".c", ".cc", ".cxx", ".cpp", ".m", ".h", ".hh", ".hpp", ".hxx", ".f", ".F", ".for", ".f90",
		".s", ".S", ".sx", ".swig", ".swigcxx", ".syso":
		return true
	}
	return false
}

// headerHash is the hash of what the go command reads of a Go file to list
// its package: everything up to the end of the imports (build constraints,
// package clause, imports), and the //go:embed lines.
func headerHash(path string) string {
	src, err := os.ReadFile(path)
	if err != nil {
		return "missing"
	}
	h := sha256.New()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, src, parser.ImportsOnly|parser.ParseComments)
	if err != nil || f.Name == nil {
		h.Write(src) // the whole file
		return hex.EncodeToString(h.Sum(nil))
	}
	end := f.Name.End()
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
			end = gd.End()
		}
	}
	h.Write(src[:fset.Position(end).Offset])
	for _, l := range bytes.Split(src, []byte("\n")) {
		if bytes.Contains(l, []byte("go:embed")) {
			h.Write(l)
			h.Write([]byte("\n"))
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}
