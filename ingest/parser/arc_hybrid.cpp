#include "ingest/parser/arc_hybrid.h"

namespace kg::syntax {

ParseState::ParseState(int n)
    : n_(n),
      head_(static_cast<size_t>(n + 1), -1),
      label_(static_cast<size_t>(n + 1), -1),
      left1_(static_cast<size_t>(n + 1), -1),
      left2_(static_cast<size_t>(n + 1), -1),
      right1_(static_cast<size_t>(n + 1), -1),
      right2_(static_cast<size_t>(n + 1), -1),
      left_count_(static_cast<size_t>(n + 1), 0),
      right_count_(static_cast<size_t>(n + 1), 0),
      left_labels_(static_cast<size_t>(n + 1), 0),
      right_labels_(static_cast<size_t>(n + 1), 0) {
  stack_.reserve(static_cast<size_t>(n));
}

bool ParseState::Valid(Move move) const {
  switch (move) {
    case Move::kShift: return buffer_ < n_;
    case Move::kLeft: return !stack_.empty() && (buffer_ < n_ || stack_.size() == 1);
    case Move::kRight: return stack_.size() >= 2;
  }
  return false;
}

void ParseState::AddArc(int head, int dependent, int label) {
  auto h = static_cast<size_t>(head);
  head_[static_cast<size_t>(dependent)] = head;
  label_[static_cast<size_t>(dependent)] = label;
  uint64_t bit = uint64_t{1} << (static_cast<unsigned>(label) & 63);
  if (dependent < head) {
    ++left_count_[h];
    left_labels_[h] |= bit;
    if (left1_[h] < 0 || dependent < left1_[h]) {
      left2_[h] = left1_[h];
      left1_[h] = dependent;
    } else if (left2_[h] < 0 || dependent < left2_[h]) {
      left2_[h] = dependent;
    }
  } else {
    ++right_count_[h];
    right_labels_[h] |= bit;
    if (right1_[h] < 0 || dependent > right1_[h]) {
      right2_[h] = right1_[h];
      right1_[h] = dependent;
    } else if (right2_[h] < 0 || dependent > right2_[h]) {
      right2_[h] = dependent;
    }
  }
}

void ParseState::Apply(Move move, int label) {
  switch (move) {
    case Move::kShift:
      stack_.push_back(buffer_++);
      break;
    case Move::kLeft:
      AddArc(buffer_, stack_.back(), label);
      stack_.pop_back();
      break;
    case Move::kRight: {
      int s0 = stack_.back();
      stack_.pop_back();
      AddArc(stack_.back(), s0, label);
      break;
    }
  }
}

}  // namespace kg::syntax
