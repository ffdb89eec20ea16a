package store

import (
	"context"

	"lifesim/model"
)

// indexStreams is every index of the world w: search (idx_search,
// idx_search_doc), the post feeds (idx_feed_time, idx_account_posts,
// idx_group_posts), and what keeps the payment page, the suggested
// accounts and publishing from walking the world (idx_geo,
// idx_mp_coupons, idx_account_words, idx_account_fans, idx_group_names).
func indexStreams(ctx context.Context, w model.World) ([]stream, error) {
	search := newSearchBuild(model.NewGlossary(w.Aliases))
	var feed, byAccount, byGroup batch
	// a post's entries are publishing's (postIndexKeys)
	feeds := map[string]*batch{string(bktIdxFeedTime): &feed, string(bktIdxAccountPosts): &byAccount,
		string(bktIdxGroupPosts): &byGroup}
	groups := model.GroupIndex(w.Groups)
	for _, m := range w.MiniPrograms {
		search.add(searchDoc{Kind: model.ResultMiniProgram, ID: string(m.ID), Title: m.Name, Subtitle: m.Category, Icon: m.Icon},
			miniProgramTexts(m))
	}
	names := make(map[model.AccountID]string, len(w.Accounts))
	for _, a := range w.Accounts {
		names[a.ID] = a.Name
		search.add(searchDoc{Kind: model.ResultAccount, ID: string(a.ID), Title: a.Name,
			Subtitle: a.Kind.Label() + " · " + model.CompactCount(a.Fans) + " fans"}, accountTexts(a))
	}
	for i, p := range w.Posts {
		if i%4096 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		search.add(searchDoc{Kind: model.ResultPost, ID: string(p.ID), Title: p.Title,
			Subtitle: names[p.AccountID] + " · " + p.Kind.Label()}, postTexts(p, names[p.AccountID]))
		for _, k := range postIndexKeys(p, groups) {
			feeds[string(k.bucket)].add(k.key, k.value)
		}
	}
	docs, tokens := search.streams()
	words, fans := accountIndexes(w.Accounts)
	return []stream{
		docs, tokens,
		feed.stream(bktIdxFeedTime), byAccount.stream(bktIdxAccountPosts), byGroup.stream(bktIdxGroupPosts),
		geoIndex(w.MiniPrograms).stream(bktIdxGeo), mpCouponIndex(w.Coupons).stream(bktIdxMPCoupons),
		words.stream(bktIdxAccountWords), fans.stream(bktIdxAccountFans),
		groupNameIndex(w.Groups).stream(bktIdxGroupNames),
	}, nil
}
