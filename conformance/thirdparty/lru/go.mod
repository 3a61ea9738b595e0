module example.com/thirdparty/lru

go 1.23

require github.com/hashicorp/golang-lru/v2 v2.0.7
