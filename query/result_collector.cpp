#include "query/result_collector.h"

namespace kg::query {

Status ResultCollector::Begin(const ResultHeader& header) {
  result_.columns = header.columns;
  result_.graph = header.graph;
  return Status::Ok();
}

Status ResultCollector::Add(std::vector<Value>&& row) {
  result_.rows.push_back(std::move(row));
  return Status::Ok();
}

Status ResultCollector::Plan(const std::string& plan) {
  result_.plan = plan;
  return Status::Ok();
}

Status ResultCollector::End(const Status&) { return Status::Ok(); }

}  // namespace kg::query
