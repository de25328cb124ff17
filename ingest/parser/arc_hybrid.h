// ArcHybrid: the transition system of the dependency parser (Kuhlmann,
// Gómez-Rodríguez and Satta 2011), with the root at the end of the buffer
// (Ballesteros and Nivre 2013), which lets the parser attach the root word
// last, once all of its competitors are seen.
//
//   SHIFT     b0 moves onto the stack (not the root).
//   LEFT-l    s0 <-l- b0: s0 gets b0 as head and leaves the stack.
//   RIGHT-l   s1 -l-> s0: s0 gets s1 as head and leaves the stack.
//
// The root takes exactly one dependent: LEFT onto the root is allowed only
// when s0 is the last word on the stack. Every configuration has a valid
// move until the stack is empty and b0 is the root, so parsing n words
// takes exactly 2n transitions: linear time whatever the sentence.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace kg::syntax {

enum class Move : uint8_t { kShift = 0, kLeft = 1, kRight = 2 };

// Classes of the parser's classifier: SHIFT, then LEFT and RIGHT per label.
inline int MoveClass(Move move, int label) {
  return move == Move::kShift ? 0 : 1 + 2 * label + (move == Move::kRight ? 1 : 0);
}
inline Move ClassMove(int cls) { return cls == 0 ? Move::kShift : (cls - 1) % 2 ? Move::kRight : Move::kLeft; }
inline int ClassLabel(int cls) { return cls == 0 ? -1 : (cls - 1) / 2; }
inline int MoveClasses(int labels) { return 1 + 2 * labels; }

class ParseState {
 public:
  // Words are 0..n-1; n is the root.
  explicit ParseState(int n);

  int words() const { return n_; }
  bool Terminal() const { return stack_.empty() && buffer_ == n_; }
  bool Valid(Move move) const;
  void Apply(Move move, int label);

  // The i-th stack item from the top (0 = s0), or -1.
  int Stack(int i) const {
    return i < static_cast<int>(stack_.size()) ? stack_[stack_.size() - 1 - static_cast<size_t>(i)] : -1;
  }
  int StackSize() const { return static_cast<int>(stack_.size()); }
  // The i-th buffer item (0 = b0); the root is n; -1 past it.
  int Buffer(int i) const { return buffer_ + i <= n_ ? buffer_ + i : -1; }

  int Head(int w) const { return head_[static_cast<size_t>(w)]; }
  int Label(int w) const { return w < 0 || w >= n_ ? -1 : label_[static_cast<size_t>(w)]; }
  // Leftmost / second leftmost / rightmost / second rightmost dependent, or -1.
  int LeftChild(int w, int k) const { return w < 0 ? -1 : (k == 0 ? left1_ : left2_)[static_cast<size_t>(w)]; }
  int RightChild(int w, int k) const { return w < 0 ? -1 : (k == 0 ? right1_ : right2_)[static_cast<size_t>(w)]; }
  int LeftCount(int w) const { return w < 0 ? 0 : left_count_[static_cast<size_t>(w)]; }
  int RightCount(int w) const { return w < 0 ? 0 : right_count_[static_cast<size_t>(w)]; }
  // The set of labels of w's left (right) dependents, as a bit set.
  uint64_t LeftLabels(int w) const { return w < 0 ? 0 : left_labels_[static_cast<size_t>(w)]; }
  uint64_t RightLabels(int w) const { return w < 0 ? 0 : right_labels_[static_cast<size_t>(w)]; }

 private:
  void AddArc(int head, int dependent, int label);

  int n_;
  std::vector<int> stack_;
  int buffer_ = 0;
  std::vector<int> head_, label_, left1_, left2_, right1_, right2_, left_count_, right_count_;
  std::vector<uint64_t> left_labels_, right_labels_;
};

}  // namespace kg::syntax
