module goctest

go 1.23

require (
	example.com/asmdep v0.0.0
	example.com/cgodep v0.0.0
	example.com/needsdep v0.0.0
)

replace (
	example.com/asmdep => ../asmdep
	example.com/cgodep => ../cgodep
	example.com/needsdep => ../needsdep
)
