package gen

import "lifesim/fixtures"

// entities is a world's entities but its posts, as the fixture records
// they are written as: the built-in world's in builtin, the generated ones
// in generator. Posts are kept apart: gen writes its own as it makes them.
type entities struct {
	merchants    []fixtures.MerchantRecord
	miniPrograms []fixtures.MiniProgramRecord
	accounts     []fixtures.AccountRecord
	coupons      []fixtures.CouponRecord
	groups       []fixtures.GroupRecord
	personas     []fixtures.PersonaRecord
	aliases      []fixtures.AliasRecord
}
