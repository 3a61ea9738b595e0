package mid

import "example.com/initorder/shared"

// C and D are initialized in file order, before mid.go's B.
var C = shared.Note("mid.C", 10)

var D = shared.Note("mid.D", 20)

func init() { shared.Note("mid.init in c.go", 0) }
