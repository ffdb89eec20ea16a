package store

import (
	"time"

	"lifesim/model"
)

// postRecord is a post as stored: a persona's own posts (users/<p>/own_posts,
// user state that must survive upgrades) and, written back from them, the
// world's posts bucket. See records.go for why records are not model types.
type postRecord struct {
	ID          string            `json:"id"`
	Account     string            `json:"account"`
	Kind        string            `json:"kind"`
	Title       string            `json:"title"`
	Body        string            `json:"body"`
	PublishedAt time.Time         `json:"published_at"`
	Tags        []string          `json:"tags,omitempty"`
	Components  []componentRecord `json:"components,omitempty"`
	Counts      countsRecord      `json:"counts"`
	DurationSec int               `json:"duration_sec,omitempty"`
	Viewers     int64             `json:"viewers,omitempty"`
	Image       string            `json:"image,omitempty"`
	ImageAlt    string            `json:"image_alt,omitempty"`
	Frames      []string          `json:"frames,omitempty"`
	LiveScript  []liveLineRecord  `json:"live_script,omitempty"`
}

type componentRecord struct {
	Kind        string `json:"kind"`
	Label       string `json:"label"`
	MiniProgram string `json:"mini_program,omitempty"`
	Service     string `json:"service,omitempty"`
	Coupon      string `json:"coupon,omitempty"`
	Group       string `json:"group,omitempty"`
}

type liveLineRecord struct {
	AfterSec int    `json:"after_sec"`
	Author   string `json:"author"`
	Text     string `json:"text"`
}

func toPostRecord(p model.Post) postRecord {
	r := postRecord{
		ID: string(p.ID), Account: string(p.AccountID), Kind: string(p.Kind), Title: p.Title, Body: p.Body,
		PublishedAt: p.PublishedAt, Tags: p.Tags, Counts: toCountsRecord(p.Counts), DurationSec: p.DurationSec,
		Viewers: p.Viewers, Image: p.Image, ImageAlt: p.ImageAlt, Frames: p.Frames,
	}
	for _, c := range p.Components {
		r.Components = append(r.Components, componentRecord{
			Kind: string(c.Kind), Label: c.Label, MiniProgram: string(c.MiniProgramID),
			Service: c.ServiceID, Coupon: string(c.CouponID), Group: string(c.GroupID),
		})
	}
	for _, l := range p.LiveScript {
		r.LiveScript = append(r.LiveScript, liveLineRecord(l))
	}
	return r
}

func (r postRecord) model() model.Post {
	p := model.Post{
		ID: model.PostID(r.ID), AccountID: model.AccountID(r.Account), Kind: model.PostKind(r.Kind),
		Title: r.Title, Body: r.Body, PublishedAt: r.PublishedAt, Tags: r.Tags, Counts: r.Counts.model(),
		DurationSec: r.DurationSec, Viewers: r.Viewers, Image: r.Image, ImageAlt: r.ImageAlt, Frames: r.Frames,
	}
	for _, c := range r.Components {
		p.Components = append(p.Components, model.Component{
			Kind: model.ComponentKind(c.Kind), Label: c.Label, MiniProgramID: model.MiniProgramID(c.MiniProgram),
			ServiceID: c.Service, CouponID: model.CouponID(c.Coupon), GroupID: model.GroupID(c.Group),
		})
	}
	for _, l := range r.LiveScript {
		p.LiveScript = append(p.LiveScript, model.LiveLine(l))
	}
	return p
}
