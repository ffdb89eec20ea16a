// Package gen writes synthetic worlds of any size for `lifesim gen`, the
// benchmarks and anyone who wants to see lifesim under load: a directory in
// exactly the format of fixtures/world (the fixture records of
// fixtures/records*.go, aliases.json and experiments.json, media/*.png) that
// `lifesim --fixtures DIR` loads and validates like a hand-written one. gen
// builds those records (fixtures.PostRecord…) itself, so the format has one
// definition, the loader's.
//
// A generated world starts from the built-in one, copied entry for entry
// (KFC, New Hope, Wild Food Brother…, the personas newuser and returning),
// so every command and the article's story work on it unchanged; Write
// then fills it up to the requested counts with generated merchants, mini
// programs, life accounts, coupons, groups, personas and posts. Counts are
// totals: Config.Posts 1000 is the built-in world's 81 posts and 919
// generated ones.
//
// The generated entities have ids of their own ("gen-p000123",
// "gen-m00012"…), so they never collide with the built-in world's. Their
// text is composed from word lists (vocab_*.go): brand names from three
// parts in English and in Chinese ("Golden Lotus Noodle House", 金莲面馆),
// dishes, drinks, districts of a few city centres, street names from
// pinyin syllables, topics. Every brand, dish, district and topic has its
// Chinese name in aliases.json, so that search finds 金莲面馆 as it finds
// Golden Lotus Noodle House. Stores cluster around the city centres, so
// "within 1 km" finds things; coupons are valid around the world's epoch;
// posts are spread over the half year before it, with skewed counts, and
// their pictures are a small set of the built-in world's.
//
// The output is a pure function of Config: every choice comes from
// math/rand/v2's PCG seeded with Config.Seed, in a fixed order, and nothing
// depends on map iteration or the clock, so the same Config writes
// byte-identical files. Posts, the bulk, are written as they are generated
// (one JSON object a line), so memory stays small at any size.
package gen
