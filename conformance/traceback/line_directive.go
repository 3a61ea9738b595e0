// //line directives name files as gc records them: a relative name as
// written (not put in the directory of the file holding the directive), an
// absolute one as is, and a name with a drive letter as written. (A bare
// file name, "foo.go", still comes out in the C compiler's directory: the
// DWARF line table puts it there.)
package main

import (
	"fmt"
	"runtime"
)

func where() {
	_, file, line, _ := runtime.Caller(1)
	fmt.Printf("%s:%d\n", file, line)
}

func main() {
//line sub/dir/bar.go:20
	where()
//line /abs/path/baz.go:30
	where()
//line c:/foo/bar.go:987
	where()
/*line x/inline.go:5:1*/ where()
}
