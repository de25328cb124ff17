// The JSON writer: {"columns": [...], "rows": [[...], ...]}, each row
// written as it comes. Nodes and relationships are objects with their
// properties, paths {"nodes": [...], "relationships": [...]}; a float that
// is infinite or not a number is the string "Infinity", "-Infinity" or
// "NaN" (JSON has neither). After an error the rows array is closed and
// the object gains "error": the message, so the output stays one valid
// JSON value that says it is incomplete.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>

#include "graph/knowledge_graph.h"
#include "query/expression_evaluator.h"
#include "query/result_writer.h"

namespace kg::query {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void WriteString(JsonWriter& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

void WriteNodeJson(JsonWriter& w, const graph::KnowledgeGraph& g, graph::VertexId n) {
  w.StartObject();
  w.Key("id");
  w.Int64(g.entity_id(n));
  w.Key("name");
  WriteString(w, g.name(n));
  w.Key("labels");
  w.StartArray();
  WriteString(w, graph::EntityTypeLabel(g.type(n)));
  w.EndArray();
  if (!g.code(n).empty()) {
    w.Key("code");
    WriteString(w, g.code(n));
  }
  if (!g.sector(n).empty()) {
    w.Key("sector");
    WriteString(w, g.sector(n));
  }
  w.EndObject();
}

void WriteEdgeJson(JsonWriter& w, const graph::KnowledgeGraph& g, graph::EdgeId e) {
  const auto& info = g.edge(e);
  const auto& pred = g.predicate_of(e);
  w.StartObject();
  w.Key("id");
  w.Int64(info.triple_id);
  w.Key("type");
  WriteString(w, pred.name);
  w.Key("start");
  WriteString(w, g.name(g.source(e)));
  w.Key("end");
  WriteString(w, g.name(g.target(e)));
  if (!pred.category.empty()) {
    w.Key("category");
    WriteString(w, pred.category);
  }
  if (!pred.cameo.empty()) {
    w.Key("cameo");
    WriteString(w, pred.cameo);
  }
  w.Key("count");
  w.Int64(info.evidence_count);
  if (info.first_day) {
    w.Key("first_date");
    WriteString(w, FormatDay(info.first_day));
  }
  if (info.last_day) {
    w.Key("last_date");
    WriteString(w, FormatDay(info.last_day));
  }
  w.Key("negated");
  w.Bool(info.negated != 0);
  w.EndObject();
}

// `g` may be null for results of plain values.
void WriteJson(JsonWriter& w, const graph::KnowledgeGraph* g, const Value& v) {
  switch (v.type()) {
    case Value::Type::kNull: w.Null(); return;
    case Value::Type::kBool: w.Bool(v.as_bool()); return;
    case Value::Type::kInt: w.Int64(v.as_int()); return;
    case Value::Type::kFloat:
      // The writer would leave Infinity and NaN out, making [,,].
      if (std::isfinite(v.as_float())) {
        w.Double(v.as_float());
      } else {
        WriteString(w, FormatFloat(v.as_float()));
      }
      return;
    case Value::Type::kString: WriteString(w, v.as_string()); return;
    case Value::Type::kNode: WriteNodeJson(w, *g, v.as_node().index); return;
    case Value::Type::kEdge: WriteEdgeJson(w, *g, v.as_edge().index); return;
    case Value::Type::kPath: {
      w.StartObject();
      w.Key("nodes");
      w.StartArray();
      for (auto n : v.as_path().nodes) WriteNodeJson(w, *g, n.index);
      w.EndArray();
      w.Key("relationships");
      w.StartArray();
      for (auto e : v.as_path().edges) WriteEdgeJson(w, *g, e.index);
      w.EndArray();
      w.EndObject();
      return;
    }
    case Value::Type::kList:
      w.StartArray();
      for (const auto& item : v.as_list()) WriteJson(w, g, item);
      w.EndArray();
      return;
    case Value::Type::kMap:
      w.StartObject();
      for (const auto& [key, item] : v.as_map()) {
        WriteString(w, key);
        WriteJson(w, g, item);
      }
      w.EndObject();
      return;
  }
}

class JsonResultWriter final : public ResultWriter {
 public:
  explicit JsonResultWriter(TextOutput& out) : ResultWriter(out), writer_(buffer_) {}

  Status Add(std::vector<Value>&& row) override {
    if (!started_) KG_RETURN_IF_ERROR(Start());
    // Each row is a JSON value of its own, after a comma.
    buffer_.Clear();
    if (rows_++ > 0) buffer_.Put(',');
    writer_.Reset(buffer_);
    writer_.StartArray();
    for (const auto& v : row) WriteJson(writer_, header_.graph.get(), v);
    writer_.EndArray();
    return out_.Write({buffer_.GetString(), buffer_.GetSize()});
  }

  Status End(const Status& outcome) override {
    if (!started_) {
      if (!outcome.ok()) return Status::Ok();  // nothing printed: the error says it all
      KG_RETURN_IF_ERROR(Start());
    }
    std::string tail = "]";
    if (!outcome.ok()) {
      buffer_.Clear();
      writer_.Reset(buffer_);
      WriteString(writer_, outcome.message());
      tail += ",\"error\":" + std::string(buffer_.GetString(), buffer_.GetSize());
    }
    KG_RETURN_IF_ERROR(out_.Write(tail + "}\n"));
    return out_.Flush();
  }

 private:
  // {"columns":[...],"rows":[ — the object is left open for the rows.
  Status Start() {
    started_ = true;
    buffer_.Clear();
    writer_.Reset(buffer_);
    writer_.StartObject();
    writer_.Key("columns");
    writer_.StartArray();
    for (const auto& c : header_.columns) WriteString(writer_, c);
    writer_.EndArray();
    writer_.Key("rows");
    writer_.StartArray();
    return out_.Write({buffer_.GetString(), buffer_.GetSize()});
  }

  rapidjson::StringBuffer buffer_;
  JsonWriter writer_;
  bool started_ = false;
  size_t rows_ = 0;
};

}  // namespace

std::unique_ptr<ResultWriter> MakeJsonWriter(TextOutput& out) { return std::make_unique<JsonResultWriter>(out); }

}  // namespace kg::query
