#include "kg/mentions_export.h"

#include <fstream>
#include <iostream>

#include "kg/json_output.h"

namespace kg::cli {
namespace {

void WriteMentionLine(const DocumentMention& m, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  JsonField(w, "doc_id", m.doc_key);
  JsonField(w, "sentence", m.sentence);
  w.Key("start");
  w.Int64(m.start);
  w.Key("end");
  w.Int64(m.end);
  JsonField(w, "surface", m.surface);
  JsonField(w, "entity", m.entity);
  JsonField(w, "type", m.type);
  JsonFieldOrNull(w, "code", m.code);
  JsonFieldOrNull(w, "sector", m.sector);
  JsonField(w, "coded_by", m.coded_by);
  w.EndObject();
  out << buffer.GetString() << '\n';
}

}  // namespace

Result<size_t> WriteMentionsExport(Store& store, const MentionWindow& window, const std::string& out_path) {
  std::ofstream file;
  if (!out_path.empty()) {
    file.open(out_path, std::ios::binary);
    if (!file) return Status::IOError(out_path + ": cannot write");
  }
  std::ostream& out = out_path.empty() ? std::cout : file;
  size_t written = 0;
  KG_RETURN_IF_ERROR(ForEachDocumentMention(store, window, [&](const DocumentMention& m) {
    WriteMentionLine(m, out);
    ++written;
  }));
  out.flush();
  if (!out) return Status::IOError((out_path.empty() ? std::string("standard output") : out_path) + ": cannot write");
  return written;
}

}  // namespace kg::cli
