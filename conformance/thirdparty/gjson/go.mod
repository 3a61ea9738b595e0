module example.com/thirdparty/gjson

go 1.23

require github.com/tidwall/gjson v1.20.6

require (
	github.com/tidwall/match v1.1.1 // indirect
	github.com/tidwall/pretty v1.3.0 // indirect
)
