module example.com/thirdparty/errors

go 1.23

require github.com/pkg/errors v0.9.1
