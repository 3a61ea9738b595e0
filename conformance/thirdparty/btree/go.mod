module example.com/thirdparty/btree

go 1.23

require github.com/google/btree v1.1.3
