#include "ingest/parser/parser_features.h"

#include <algorithm>

namespace kg::syntax {
namespace {

constexpr uint64_t kNone = 0x6e6f6e65;  // the value of an absent item

// Template ids in the order written below; a new template goes at the end
// of its group's numbers so old keys keep their meaning within a model.
enum : uint32_t {
  kS0wt = 1, kS0w, kS0t, kB0wt, kB0w, kB0t, kB1wt, kB1w, kB1t, kB2wt, kB2w, kB2t, kS1wt, kS1w, kS1t, kS2w, kS2t,
  kS0wtB0wt = 30, kS0wtB0w, kS0wB0wt, kS0wtB0t, kS0tB0wt, kS0wB0w, kS0tB0t, kB0tB1t,
  kS1wtS0wt, kS1wtS0w, kS1wS0wt, kS1wtS0t, kS1tS0wt, kS1wS0w, kS1tS0t, kS1tB0t, kS1wB0w,
  kB0tB1tB2t = 60, kS0tB0tB1t, kS1tS0tB0t, kS0tS0l1tB0t, kS0tS0r1tB0t, kS0tB0tB0l1t, kS1tS1r1tS0t, kS1tS0tS0l1t,
  kS1tS0tS0r1t, kS2tS1tS0t, kS1tS1l1tS0t,
  kS0wD = 80, kS0tD, kB0wD, kB0tD, kS0wB0wD, kS0tB0tD, kS1tS0tD1, kS1wS0wD1, kS1wD1, kS0wD1,
  kS0wVr = 100, kS0tVr, kS0wVl, kS0tVl, kB0wVl, kB0tVl, kS1wVr, kS1tVr, kS1wVl, kS1tVl,
  kS0l1w = 120, kS0l1t, kS0l1l, kS0r1w, kS0r1t, kS0r1l, kB0l1w, kB0l1t, kB0l1l, kS1l1t, kS1l1l, kS1r1w, kS1r1t,
  kS1r1l, kS0l, kS1l,
  kS0l2w = 140, kS0l2t, kS0l2l, kS0r2w, kS0r2t, kS0r2l, kB0l2w, kB0l2t, kB0l2l, kS0tS0l1tS0l2t, kS0tS0r1tS0r2t,
  kB0tB0l1tB0l2t, kS1tS1r1tS1r2t,
  kS0wSr = 160, kS0tSr, kS0wSl, kS0tSl, kB0wSl, kB0tSl, kS1wSr, kS1tSr,
  kS0uB0u = 180, kS1uS0u, kS0uB0uB1u, kS1uS0uB0u, kS0uB0uD, kS1uS0uD1, kS0wB0u, kS0uB0w, kS1wS0u, kS1uS0w,
  kS0uS0l1uS0r1u, kB0uB0l1u, kS1uS1r1uS0u,
};

struct Item {
  uint64_t w = kNone, t = kNone, l = kNone, u = kNone;
};

// Distances and counts as features: exact up to 5, then in two bins.
uint64_t Bucket(int d) { return d <= 5 ? static_cast<uint64_t>(d) : d <= 10 ? 6 : 7; }

}  // namespace

void ExtractParserFeatures(const ParseState& state, const ParserWords& words, std::vector<FeatureKey>* out) {
  out->clear();
  auto item = [&](int i) {
    Item it;
    if (i < 0) return it;
    it.w = words.word[static_cast<size_t>(i)];
    it.t = words.tag[static_cast<size_t>(i)];
    it.u = words.upos[static_cast<size_t>(i)];
    int label = state.Label(i);
    if (label >= 0) it.l = static_cast<uint64_t>(label);
    return it;
  };
  const int s0i = state.Stack(0), s1i = state.Stack(1), s2i = state.Stack(2), b0i = state.Buffer(0);
  const Item s0 = item(s0i), s1 = item(s1i), s2 = item(s2i), b0 = item(b0i), b1 = item(state.Buffer(1)),
             b2 = item(state.Buffer(2));
  const Item s0l1 = item(state.LeftChild(s0i, 0)), s0l2 = item(state.LeftChild(s0i, 1));
  const Item s0r1 = item(state.RightChild(s0i, 0)), s0r2 = item(state.RightChild(s0i, 1));
  const Item b0l1 = item(state.LeftChild(b0i, 0)), b0l2 = item(state.LeftChild(b0i, 1));
  const Item s1l1 = item(state.LeftChild(s1i, 0)), s1r1 = item(state.RightChild(s1i, 0)),
             s1r2 = item(state.RightChild(s1i, 1));
  auto add = [&](uint32_t t, uint64_t a) { out->push_back(Key(t, a)); };
  auto add2 = [&](uint32_t t, uint64_t a, uint64_t b) { out->push_back(Key(t, a, b)); };
  auto add3 = [&](uint32_t t, uint64_t a, uint64_t b, uint64_t c) { out->push_back(Key(t, a, b, c)); };

  add2(kS0wt, s0.w, s0.t), add(kS0w, s0.w), add(kS0t, s0.t);
  add2(kB0wt, b0.w, b0.t), add(kB0w, b0.w), add(kB0t, b0.t);
  add2(kB1wt, b1.w, b1.t), add(kB1w, b1.w), add(kB1t, b1.t);
  add2(kB2wt, b2.w, b2.t), add(kB2w, b2.w), add(kB2t, b2.t);
  add2(kS1wt, s1.w, s1.t), add(kS1w, s1.w), add(kS1t, s1.t);
  add(kS2w, s2.w), add(kS2t, s2.t);

  add3(kS0wtB0wt, s0.w ^ (s0.t * 31), b0.w, b0.t);
  add3(kS0wtB0w, s0.w, s0.t, b0.w), add3(kS0wB0wt, s0.w, b0.w, b0.t);
  add3(kS0wtB0t, s0.w, s0.t, b0.t), add3(kS0tB0wt, s0.t, b0.w, b0.t);
  add2(kS0wB0w, s0.w, b0.w), add2(kS0tB0t, s0.t, b0.t), add2(kB0tB1t, b0.t, b1.t);
  add3(kS1wtS0wt, s1.w ^ (s1.t * 31), s0.w, s0.t);
  add3(kS1wtS0w, s1.w, s1.t, s0.w), add3(kS1wS0wt, s1.w, s0.w, s0.t);
  add3(kS1wtS0t, s1.w, s1.t, s0.t), add3(kS1tS0wt, s1.t, s0.w, s0.t);
  add2(kS1wS0w, s1.w, s0.w), add2(kS1tS0t, s1.t, s0.t), add2(kS1tB0t, s1.t, b0.t), add2(kS1wB0w, s1.w, b0.w);

  add3(kB0tB1tB2t, b0.t, b1.t, b2.t), add3(kS0tB0tB1t, s0.t, b0.t, b1.t), add3(kS1tS0tB0t, s1.t, s0.t, b0.t);
  add3(kS0tS0l1tB0t, s0.t, s0l1.t, b0.t), add3(kS0tS0r1tB0t, s0.t, s0r1.t, b0.t);
  add3(kS0tB0tB0l1t, s0.t, b0.t, b0l1.t), add3(kS1tS1r1tS0t, s1.t, s1r1.t, s0.t);
  add3(kS1tS0tS0l1t, s1.t, s0.t, s0l1.t), add3(kS1tS0tS0r1t, s1.t, s0.t, s0r1.t);
  add3(kS2tS1tS0t, s2.t, s1.t, s0.t), add3(kS1tS1l1tS0t, s1.t, s1l1.t, s0.t);

  const uint64_t d = s0i >= 0 ? Bucket(b0i - s0i) : kNone;
  const uint64_t d1 = s1i >= 0 ? Bucket(s0i - s1i) : kNone;
  add2(kS0wD, s0.w, d), add2(kS0tD, s0.t, d), add2(kB0wD, b0.w, d), add2(kB0tD, b0.t, d);
  add3(kS0wB0wD, s0.w, b0.w, d), add3(kS0tB0tD, s0.t, b0.t, d);
  add3(kS1tS0tD1, s1.t, s0.t, d1), add3(kS1wS0wD1, s1.w, s0.w, d1), add2(kS1wD1, s1.w, d1), add2(kS0wD1, s0.w, d1);

  const uint64_t s0vr = Bucket(state.RightCount(s0i)), s0vl = Bucket(state.LeftCount(s0i));
  const uint64_t b0vl = Bucket(state.LeftCount(b0i)), s1vr = Bucket(state.RightCount(s1i)),
                 s1vl = Bucket(state.LeftCount(s1i));
  add2(kS0wVr, s0.w, s0vr), add2(kS0tVr, s0.t, s0vr), add2(kS0wVl, s0.w, s0vl), add2(kS0tVl, s0.t, s0vl);
  add2(kB0wVl, b0.w, b0vl), add2(kB0tVl, b0.t, b0vl), add2(kS1wVr, s1.w, s1vr), add2(kS1tVr, s1.t, s1vr);
  add2(kS1wVl, s1.w, s1vl), add2(kS1tVl, s1.t, s1vl);

  add(kS0l1w, s0l1.w), add(kS0l1t, s0l1.t), add(kS0l1l, s0l1.l);
  add(kS0r1w, s0r1.w), add(kS0r1t, s0r1.t), add(kS0r1l, s0r1.l);
  add(kB0l1w, b0l1.w), add(kB0l1t, b0l1.t), add(kB0l1l, b0l1.l);
  add(kS1l1t, s1l1.t), add(kS1l1l, s1l1.l), add(kS1r1w, s1r1.w), add(kS1r1t, s1r1.t), add(kS1r1l, s1r1.l);
  add(kS0l, s0.l), add(kS1l, s1.l);

  add(kS0l2w, s0l2.w), add(kS0l2t, s0l2.t), add(kS0l2l, s0l2.l);
  add(kS0r2w, s0r2.w), add(kS0r2t, s0r2.t), add(kS0r2l, s0r2.l);
  add(kB0l2w, b0l2.w), add(kB0l2t, b0l2.t), add(kB0l2l, b0l2.l);
  add3(kS0tS0l1tS0l2t, s0.t, s0l1.t, s0l2.t), add3(kS0tS0r1tS0r2t, s0.t, s0r1.t, s0r2.t);
  add3(kB0tB0l1tB0l2t, b0.t, b0l1.t, b0l2.t), add3(kS1tS1r1tS1r2t, s1.t, s1r1.t, s1r2.t);

  const uint64_t s0sr = state.RightLabels(s0i), s0sl = state.LeftLabels(s0i), b0sl = state.LeftLabels(b0i),
                 s1sr = state.RightLabels(s1i);
  add2(kS0wSr, s0.w, s0sr), add2(kS0tSr, s0.t, s0sr), add2(kS0wSl, s0.w, s0sl), add2(kS0tSl, s0.t, s0sl);
  add2(kB0wSl, b0.w, b0sl), add2(kB0tSl, b0.t, b0sl), add2(kS1wSr, s1.w, s1sr), add2(kS1tSr, s1.t, s1sr);

  add2(kS0uB0u, s0.u, b0.u), add2(kS1uS0u, s1.u, s0.u), add3(kS0uB0uB1u, s0.u, b0.u, b1.u);
  add3(kS1uS0uB0u, s1.u, s0.u, b0.u), add3(kS0uB0uD, s0.u, b0.u, d), add3(kS1uS0uD1, s1.u, s0.u, d1);
  add2(kS0wB0u, s0.w, b0.u), add2(kS0uB0w, s0.u, b0.w), add2(kS1wS0u, s1.w, s0.u), add2(kS1uS0w, s1.u, s0.w);
  add3(kS0uS0l1uS0r1u, s0.u, s0l1.u, s0r1.u), add2(kB0uB0l1u, b0.u, b0l1.u), add3(kS1uS1r1uS0u, s1.u, s1r1.u, s0.u);
}

}  // namespace kg::syntax
