module example.com/thirdparty/uniseg

go 1.23

require github.com/rivo/uniseg v0.4.7
