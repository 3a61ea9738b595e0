package mid

import "example.com/initorder/shared"

func init() { shared.Note("mid.init in z.go", 0) }
