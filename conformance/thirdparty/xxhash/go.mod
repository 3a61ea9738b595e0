module example.com/thirdparty/xxhash

go 1.23

require github.com/cespare/xxhash/v2 v2.3.0
