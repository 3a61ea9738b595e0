// //line directives name files as gc records them: a relative name as
// written (not put in the directory of the file holding the directive), a
// bare name too, an absolute one as is, a name with a drive letter as
// written, and "??" when the directive names no file.
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
//line foo.go:40
	where()
//line :50
	where()
}
