// This file writes the package variables //go:embed initializes
// (load/embed.go resolved the files), laid out as gc's compiler lays them
// out (cmd/compile/internal/staticdata WriteEmbed):
//
//	string     {data, len}: the bytes in read-only C string data;
//	[]byte     {data, len, len}: the bytes in a writable array of their own;
//	embed.FS   {files} where files points at a []file {name, data, hash}
//	           (directories "dir/" with no data), in embed.FS's order.
//
// Every line is a file-scope "static" definition, so units.go gives the
// other units their extern declarations.
package lower

import (
	"fmt"
	"go/types"
	"strings"

	"goc/cemit"
	"goc/load"
)

// embedDef returns the C definition of the embedding variable obj.
func (t *Translator) embedDef(obj types.Object, e *load.Embed) string {
	name := t.globalName(obj)
	ct := t.reg.ctype(obj.Type())
	gostr := func(s string) string {
		if s == "" {
			return "{NULL, 0}"
		}
		return fmt.Sprintf("{(const uint8_t *)%s, %d}", cemit.Quote(s), len(s))
	}
	switch e.Kind {
	case load.EmbedString:
		return fmt.Sprintf("static %s %s = %s;", ct, name, gostr(string(e.Files[0].Data)))
	case load.EmbedBytes:
		data := e.Files[0].Data
		size := max(len(data), 1) // a non-nil pointer even for an empty file
		return fmt.Sprintf("static uint8_t %s__embed[%d] = %s;\nstatic %s %s = {%s__embed, %d, %d};",
			name, size, cemit.Quote(string(data)), ct, name, name, len(data), len(data))
	}
	// embed.FS: struct { files *[]file }
	files := obj.Type().Underlying().(*types.Struct).Field(0).Type().(*types.Pointer).Elem().(*types.Slice)
	fileCT := t.reg.ctype(files.Elem())
	var elems []string
	for _, f := range e.Files {
		hash := make([]string, len(f.Hash))
		for i, b := range f.Hash {
			hash[i] = fmt.Sprintf("%d", b)
		}
		elems = append(elems, fmt.Sprintf("{%s, %s, {{%s}}}", gostr(f.Name), gostr(string(f.Data)), strings.Join(hash, ", ")))
	}
	arr := "NULL"
	var b strings.Builder
	if len(elems) > 0 {
		fmt.Fprintf(&b, "static %s %s__files_data[%d] = {%s};\n", fileCT, name, len(elems), strings.Join(elems, ", "))
		arr = name + "__files_data"
	}
	fmt.Fprintf(&b, "static goc_slice %s__files = {%s, %d, %d};\n", name, arr, len(elems), len(elems))
	fmt.Fprintf(&b, "static %s %s = {&%s__files};", ct, name, name)
	return b.String()
}
