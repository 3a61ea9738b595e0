package mid

import "example.com/initorder/shared"

// B depends on C, declared in c.go (presented first): C, then D, then B.
var B = shared.Note("mid.B", C+1)
