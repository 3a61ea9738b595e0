module example.com/replace

go 1.23

require (
	example.com/counter v1.2.0
	example.com/greet v0.0.0-00010101000000-000000000000
)

replace (
	example.com/counter v1.2.0 => ./localmods/counter
	example.com/greet => ./localmods/greet
)
