#include "query/text_output.h"

#include <cerrno>
#include <cstring>

namespace kg::query {

Status TextOutput::Write(std::string_view text) {
  if (text_) {
    text_->append(text);
    return Status::Ok();
  }
  while (!text.empty()) {
    size_t n = std::fwrite(text.data(), 1, text.size(), file_);
    text.remove_prefix(n);
    if (text.empty()) break;
    if (errno != EINTR) return Status::IOError(std::string("cannot write the result: ") + std::strerror(errno));
    std::clearerr(file_);
  }
  return Status::Ok();
}

Status TextOutput::Flush() {
  if (!file_) return Status::Ok();
  while (std::fflush(file_) != 0) {
    if (errno != EINTR) return Status::IOError(std::string("cannot write the result: ") + std::strerror(errno));
    std::clearerr(file_);
  }
  return Status::Ok();
}

}  // namespace kg::query
