module omise-sim/sdk-tests/go

go 1.22

require github.com/omise/omise-go v1.7.2
