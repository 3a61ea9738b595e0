module example.com/thirdparty/decimal

go 1.23

require github.com/shopspring/decimal v1.6.0
